package com.agencyos.ingest.lead.adapter.persistence;

import com.agencyos.ingest.lead.application.HubSpotMappings;
import com.agencyos.ingest.lead.domain.HubSpotFieldMapping;
import com.agencyos.platform.events.EventJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcHubSpotMappings implements HubSpotMappings {

    private final DatabaseClient db;

    R2dbcHubSpotMappings(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<HubSpotFieldMapping> find(UUID tenantId) {
        return db.sql("SELECT fields::text AS fields FROM hubspot_field_mapping WHERE tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(row -> new HubSpotFieldMapping(fields(row.get("fields", String.class))))
                .one();
    }

    @Override
    public Mono<Void> save(UUID tenantId, HubSpotFieldMapping mapping, String updatedBy) {
        return db.sql("""
                INSERT INTO hubspot_field_mapping (tenant_id, fields, updated_by, updated_at)
                VALUES (:tenantId, CAST(:fields AS jsonb), :updatedBy, now())
                ON CONFLICT (tenant_id) DO UPDATE SET fields = EXCLUDED.fields, updated_by = EXCLUDED.updated_by,
                    updated_at = now()""")
                .bind("tenantId", tenantId)
                .bind("fields", EventJson.write(mapping.overrides()))
                .bind("updatedBy", updatedBy)
                .fetch().rowsUpdated().then();
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        EventJson.tree(json).properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue().asString()));
        return fields;
    }
}
