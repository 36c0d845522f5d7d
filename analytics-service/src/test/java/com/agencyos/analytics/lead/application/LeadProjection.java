package com.agencyos.analytics.lead.application;

import com.agencyos.analytics.fact.application.FactProjection;

/** The production lead projection over another store than the context's, for tests that replay into one. */
public final class LeadProjection {

    private LeadProjection() {
    }

    public static FactProjection over(LeadViews views) {
        return new LeadProjector(views);
    }
}
