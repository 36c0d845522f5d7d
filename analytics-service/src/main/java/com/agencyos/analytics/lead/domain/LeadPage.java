package com.agencyos.analytics.lead.domain;

import java.util.List;

/** One page of a lead search; {@code next} is null on the last page. */
public record LeadPage(List<LeadView> items, LeadCursor next) {

    public LeadPage {
        items = List.copyOf(items);
    }
}
