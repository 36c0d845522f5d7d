package com.agencyos.outreach.enrollment.adapter.persistence;

import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bind;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.bindTime;
import static com.agencyos.outreach.enrollment.adapter.persistence.Nullable.time;

import com.agencyos.outreach.enrollment.application.Leads;
import com.agencyos.outreach.enrollment.domain.LeadContact;
import com.agencyos.outreach.enrollment.domain.ScoredLead;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcLeads implements Leads {

    private final DatabaseClient db;

    R2dbcLeads(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> record(ScoredLead lead) {
        var spec = db.sql("""
                INSERT INTO lead (lead_id, tenant_id, email, first_name, last_name, title, company_name,
                                  company_domain, campaign_id, tier, score, scored_at, allowed_channels)
                VALUES (:leadId, :tenantId, :email, :firstName, :lastName, :title, :companyName, :companyDomain,
                        :campaignId, :tier, :score, :scoredAt, :allowedChannels)
                ON CONFLICT (lead_id) DO UPDATE SET email = EXCLUDED.email, first_name = EXCLUDED.first_name,
                    last_name = EXCLUDED.last_name, title = EXCLUDED.title, company_name = EXCLUDED.company_name,
                    company_domain = EXCLUDED.company_domain, campaign_id = EXCLUDED.campaign_id,
                    tier = EXCLUDED.tier, score = EXCLUDED.score, scored_at = EXCLUDED.scored_at,
                    allowed_channels = EXCLUDED.allowed_channels
                WHERE lead.tenant_id = EXCLUDED.tenant_id AND lead.scored_at <= EXCLUDED.scored_at""")
                .bind("leadId", lead.leadId())
                .bind("tenantId", lead.tenantId())
                .bind("email", lead.email())
                .bind("tier", lead.tier())
                .bind("score", lead.score())
                .bind("allowedChannels", String.join(",", lead.allowedChannels().stream().sorted().toList()));
        spec = bind(spec, "firstName", lead.firstName(), String.class);
        spec = bind(spec, "lastName", lead.lastName(), String.class);
        spec = bind(spec, "title", lead.title(), String.class);
        spec = bind(spec, "companyName", lead.companyName(), String.class);
        spec = bind(spec, "companyDomain", lead.companyDomain(), String.class);
        spec = bind(spec, "campaignId", lead.campaignId(), UUID.class);
        spec = bindTime(spec, "scoredAt", lead.scoredAt());
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Boolean> recordContact(LeadContact c, Instant now) {
        var spec = db.sql("""
                INSERT INTO lead_contact (tenant_id, lead_id, phone, linkedin_url, enriched_at, updated_at)
                VALUES (:tenantId, :leadId, :phone, :linkedinUrl, :enrichedAt, :now)
                ON CONFLICT (lead_id) DO UPDATE SET phone = EXCLUDED.phone, linkedin_url = EXCLUDED.linkedin_url,
                    enriched_at = EXCLUDED.enriched_at, updated_at = EXCLUDED.updated_at
                WHERE lead_contact.tenant_id = EXCLUDED.tenant_id AND lead_contact.enriched_at <= EXCLUDED.enriched_at""")
                .bind("tenantId", c.tenantId())
                .bind("leadId", c.leadId());
        spec = bind(spec, "phone", c.phone(), String.class);
        spec = bind(spec, "linkedinUrl", c.linkedinUrl(), String.class);
        spec = bindTime(spec, "enrichedAt", c.enrichedAt());
        spec = bindTime(spec, "now", now);
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<LeadContact> contactOf(UUID tenantId, UUID leadId) {
        return db.sql("SELECT phone, linkedin_url, enriched_at FROM lead_contact WHERE tenant_id = :tenantId AND lead_id = :leadId")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(row -> new LeadContact(tenantId, leadId, row.get("phone", String.class), row.get("linkedin_url", String.class),
                        time(row, "enriched_at")))
                .one()
                .defaultIfEmpty(LeadContact.none(tenantId, leadId));
    }

    @Override
    public Mono<ScoredLead> find(UUID tenantId, UUID leadId) {
        return db.sql("SELECT * FROM lead WHERE tenant_id = :tenantId AND lead_id = :leadId")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .map(row -> new ScoredLead(row.get("lead_id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("tier", String.class), row.get("score", Double.class), time(row, "scored_at"),
                        Set.of(row.get("allowed_channels", String.class).split(",")), row.get("email", String.class),
                        row.get("first_name", String.class), row.get("last_name", String.class), row.get("title", String.class),
                        row.get("company_name", String.class), row.get("company_domain", String.class),
                        row.get("campaign_id", UUID.class)))
                .one();
    }

    @Override
    public Flux<UUID> withEmail(UUID tenantId, String email) {
        return db.sql("SELECT lead_id FROM lead WHERE tenant_id = :tenantId AND lower(email) = lower(:email)")
                .bind("tenantId", tenantId)
                .bind("email", email)
                .map(row -> row.get("lead_id", UUID.class))
                .all();
    }

    @Override
    public Mono<Boolean> markConverted(UUID tenantId, UUID leadId, Instant at) {
        return db.sql("UPDATE lead SET converted_at = :at WHERE tenant_id = :tenantId AND lead_id = :leadId AND converted_at IS NULL")
                .bind("tenantId", tenantId)
                .bind("leadId", leadId)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }
}
