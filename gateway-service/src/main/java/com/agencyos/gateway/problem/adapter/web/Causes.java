package com.agencyos.gateway.problem.adapter.web;

/** Failures arrive wrapped by Reactor Netty, Nimbus and Spring; the cause chain tells what happened. */
public final class Causes {

    private Causes() {
    }

    public static boolean contains(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
