package com.agencyos.platform.events;

/** A record that can never be processed (bad envelope, unreadable payload): dead-lettered without retries. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
