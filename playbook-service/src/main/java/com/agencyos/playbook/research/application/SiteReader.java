package com.agencyos.playbook.research.application;

import com.agencyos.playbook.research.domain.Page;
import com.agencyos.playbook.research.domain.RobotsRules;
import reactor.core.publisher.Mono;

/** Reads public websites over HTTP within the research limits and the outbound-fetch rules of the architecture. */
public interface SiteReader {

    /**
     * Where a domain's site is read from and whether it answers: the homepage, fetched (following redirects that stay
     * allowed) and parsed. A domain that does not resolve, resolves to a refused address, or does not answer with
     * an HTML page errors with {@link SiteUnreachable}, whose message says why.
     */
    Mono<Page> homepage(String domain, ResearchSettings settings);

    Mono<RobotsRules> robots(String homepageUrl, ResearchSettings settings);

    /** One page of an already reached site; errors with {@link SiteUnreachable} when it cannot be read. */
    Mono<Page> page(String url, ResearchSettings settings);

    /** Why a site or a page could not be read, in words a user understands. */
    class SiteUnreachable extends RuntimeException {

        public SiteUnreachable(String message) {
            super(message);
        }
    }
}
