package com.agencyos.playbook.research.application;

import java.time.Instant;
import reactor.core.publisher.Mono;

/** Fetched pages kept for reuse, so researching many prospects of one vendor reads the vendor's site once a day. */
public interface PageCache {

    /** The page fetched from {@code url} at or after {@code freshAfter}; empty when there is none. */
    Mono<CachedPage> find(String url, Instant freshAfter);

    Mono<Void> put(CachedPage page);

    /** @param finalUrl where the page was read after redirects */
    record CachedPage(String url, String finalUrl, String html, Instant fetchedAt) {
    }
}
