package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.lead.domain.LeadSearch;
import com.agencyos.analytics.lead.domain.LeadView;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where lead views are kept. */
public interface LeadViews {

    /** The view of the lead, whichever tenant it belongs to, locked until the caller's transaction ends. */
    Mono<LeadView> lock(UUID leadId);

    /** Stores the view; never overwrites a view of the same lead id that belongs to another tenant. */
    Mono<Void> save(LeadView view);

    /** Stores the views, replacing those there (never one of another tenant). */
    Mono<Void> saveAll(List<LeadView> views);

    /** Locks the views of these leads that exist until the caller's transaction ends. */
    Mono<Void> lockAll(List<UUID> leadIds);

    /** Removes the views of leads no fact is about any more. */
    Mono<Void> removeUnsupported();

    Mono<LeadView> find(UUID tenantId, UUID leadId);

    /** Up to {@code count} of the tenant's leads matching the search, most recent activity first. */
    Flux<LeadView> search(UUID tenantId, LeadSearch search, int count);
}
