package com.agencyos.analytics.lead.adapter.persistence;

import com.agencyos.analytics.lead.application.LeadViews;
import org.springframework.r2dbc.core.DatabaseClient;

/** The production lead view store over another database than the context's, for tests that replay into one. */
public final class LeadViewStore {

    private LeadViewStore() {
    }

    public static LeadViews on(DatabaseClient db) {
        return new R2dbcLeadViews(db);
    }
}
