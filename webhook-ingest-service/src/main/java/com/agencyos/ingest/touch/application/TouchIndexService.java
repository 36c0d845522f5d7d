package com.agencyos.ingest.touch.application;

import com.agencyos.ingest.touch.domain.SentTouch;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class TouchIndexService {

    private final SentTouches touches;

    public TouchIndexService(SentTouches touches) {
        this.touches = touches;
    }

    /** Runs in the inbox's transaction. */
    public Mono<Void> sent(SentTouch touch) {
        return touches.save(touch);
    }
}
