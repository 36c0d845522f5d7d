package com.agencyos.outreach.channel.adapter.provider;

/** A provider's body was not what its documented format promises; retrying would not change it. */
class MalformedAnswerException extends RuntimeException {

    MalformedAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
