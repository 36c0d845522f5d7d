package com.agencyos.analytics.report.adapter.persistence;

import com.agencyos.analytics.report.application.ReportQueries;
import org.springframework.r2dbc.core.DatabaseClient;

/** The production report queries over another database than the context's, for tests that replay into one. */
public final class ReportQueryStore {

    private ReportQueryStore() {
    }

    public static ReportQueries on(DatabaseClient db) {
        return new R2dbcReportQueries(db);
    }
}
