package com.agencyos.analytics.fact.adapter.persistence;

import com.agencyos.analytics.fact.application.EventFacts;
import org.springframework.r2dbc.core.DatabaseClient;

/** The production fact store over another database than the context's, for tests that replay into one. */
public final class EventFactStore {

    private EventFactStore() {
    }

    public static EventFacts on(DatabaseClient db) {
        return new R2dbcEventFacts(db);
    }
}
