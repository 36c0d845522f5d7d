package com.agencyos.outreach.enrollment.adapter.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binding and reading columns that may be null, which R2DBC makes explicit. */
final class Nullable {

    private Nullable() {
    }

    static GenericExecuteSpec bind(GenericExecuteSpec spec, String name, Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    static GenericExecuteSpec bindTime(GenericExecuteSpec spec, String name, Instant value) {
        return value == null ? spec.bindNull(name, OffsetDateTime.class) : spec.bind(name, value.atOffset(ZoneOffset.UTC));
    }

    static Instant time(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
