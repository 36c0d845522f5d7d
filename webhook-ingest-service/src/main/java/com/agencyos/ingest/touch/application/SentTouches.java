package com.agencyos.ingest.touch.application;

import com.agencyos.ingest.touch.domain.SentTouch;
import reactor.core.publisher.Mono;

/** The index of sent touches. */
public interface SentTouches {

    Mono<Void> save(SentTouch touch);
}
