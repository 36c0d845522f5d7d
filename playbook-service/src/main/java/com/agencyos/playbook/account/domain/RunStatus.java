package com.agencyos.playbook.account.domain;

/** Where a generation run is: waiting for a slot, researching and writing, or finished one way or the other. */
public enum RunStatus {
    queued, running, succeeded, failed;

    public boolean finished() {
        return this == succeeded || this == failed;
    }
}
