package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.ReplyReceived;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** The replies received, with what each one stopped. */
public interface Replies {

    /** Keeps the reply unless its id is already kept (a reply republished under a new event id); emits whether it was new. */
    Mono<Boolean> record(ReplyReceived reply, String stopReason, long stoppedEnrollments, Instant recordedAt);
}
