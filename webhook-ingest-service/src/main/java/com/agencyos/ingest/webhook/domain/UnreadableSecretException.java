package com.agencyos.ingest.webhook.domain;

/** A sealed secret that does not open under our key: the wrong key, or a value altered on the way. */
public class UnreadableSecretException extends RuntimeException {

    public UnreadableSecretException(String message) {
        super(message);
    }

    public UnreadableSecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
