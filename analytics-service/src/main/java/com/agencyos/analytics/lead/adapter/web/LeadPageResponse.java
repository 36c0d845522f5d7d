package com.agencyos.analytics.lead.adapter.web;

import com.agencyos.analytics.lead.domain.LeadPage;
import java.util.List;

/** One page of leads; pass {@code nextCursor} back as {@code cursor} for the next one (null on the last page). */
public record LeadPageResponse(List<LeadResponse> items, String nextCursor) {

    static LeadPageResponse of(LeadPage page) {
        return new LeadPageResponse(page.items().stream().map(LeadResponse::of).toList(),
                page.next() == null ? null : page.next().encode());
    }
}
