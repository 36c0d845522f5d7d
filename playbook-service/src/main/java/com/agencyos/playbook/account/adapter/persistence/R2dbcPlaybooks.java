package com.agencyos.playbook.account.adapter.persistence;

import com.agencyos.playbook.account.application.PageRequest;
import com.agencyos.playbook.account.application.PlaybookDetails;
import com.agencyos.playbook.account.application.PlaybookPage;
import com.agencyos.playbook.account.application.PlaybookSummary;
import com.agencyos.playbook.account.application.Playbooks;
import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.Generator;
import com.agencyos.playbook.account.domain.LeadContact;
import com.agencyos.playbook.account.domain.LeadRelation;
import com.agencyos.playbook.account.domain.LinkedLead;
import com.agencyos.playbook.account.domain.Persona;
import com.agencyos.playbook.account.domain.PlaybookInsights;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.playbook.account.domain.ResearchedPlaybook;
import com.agencyos.playbook.account.domain.TitleFamily;
import com.agencyos.platform.events.EventJson;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPlaybooks implements Playbooks {

    private final DatabaseClient db;

    R2dbcPlaybooks(DatabaseClient db) {
        this.db = db;
    }

    /** What a playbook holds beyond its columns, kept as one JSON document. */
    record Content(List<String> lowConfidenceReasons, List<Persona> personas, PlaybookInsights insights) {
    }

    @Override
    public Mono<Boolean> addIfAbsent(AccountPlaybook playbook, boolean announced) {
        return insert(playbook, null, "lead", "ON CONFLICT (tenant_id, prospect_domain) WHERE origin = 'lead' DO NOTHING")
                .flatMap(rows -> rows == 0 ? Mono.just(false) : !announced ? Mono.just(true)
                        : db.sql("UPDATE playbook SET announced_at = generated_at WHERE id = :id").bind("id", playbook.id())
                                .fetch().rowsUpdated().thenReturn(true));
    }

    @Override
    public Mono<Boolean> lockAnnounced(UUID playbookId) {
        return db.sql("SELECT announced_at IS NOT NULL AS announced FROM playbook WHERE id = :id FOR UPDATE")
                .bind("id", playbookId).map(row -> row.get("announced", Boolean.class)).one().defaultIfEmpty(false);
    }

    @Override
    public Mono<Boolean> exists(UUID playbookId) {
        return db.sql("SELECT count(*) AS n FROM playbook WHERE id = :id").bind("id", playbookId)
                .map(row -> row.get("n", Long.class) > 0).one();
    }

    @Override
    public Mono<List<UUID>> waitingLeads(UUID playbookId) {
        return db.sql("SELECT lead_id FROM playbook_lead WHERE playbook_id = :id AND relation = 'waiting' ORDER BY linked_at, lead_id")
                .bind("id", playbookId).map(row -> row.get("lead_id", UUID.class)).all().collectList();
    }

    @Override
    public Mono<Void> replace(AccountPlaybook playbook, PlaybookInsights insights, Instant announcedAt) {
        var spec = db.sql("""
                UPDATE playbook SET vendor_domain = :vendorDomain, company_name = :companyName, generator = :generator,
                       confidence = :confidence, content = CAST(:content AS jsonb), generated_at = :generatedAt,
                       announced_at = :announcedAt
                WHERE id = :id""")
                .bind("id", playbook.id())
                .bind("vendorDomain", playbook.vendorDomain())
                .bind("generator", playbook.generator().name())
                .bind("confidence", BigDecimal.valueOf(playbook.confidence()))
                .bind("content", EventJson.write(new Content(playbook.lowConfidenceReasons(), playbook.personas(), insights)))
                .bind("generatedAt", utc(playbook.generatedAt()))
                .bind("announcedAt", utc(announcedAt));
        spec = text(spec, "companyName", playbook.companyName());
        return spec.fetch().rowsUpdated().then();
    }

    @Override
    public Mono<Void> addRequested(ResearchedPlaybook researched) {
        return insert(researched.playbook(), researched.insights(), "request", "")
                .then(db.sql("UPDATE playbook SET announced_at = generated_at WHERE id = :id").bind("id", researched.playbook().id())
                        .fetch().rowsUpdated()).then();
    }

    private Mono<Long> insert(AccountPlaybook playbook, PlaybookInsights insights, String origin, String onConflict) {
        var spec = db.sql("""
                INSERT INTO playbook (id, tenant_id, prospect_domain, vendor_domain, company_name, title_family,
                                      generator, confidence, content, generated_at, origin)
                VALUES (:id, :tenantId, :prospectDomain, :vendorDomain, :companyName, :titleFamily, :generator,
                        :confidence, CAST(:content AS jsonb), :generatedAt, :origin)
                """ + onConflict)
                .bind("origin", origin)
                .bind("id", playbook.id())
                .bind("tenantId", playbook.tenantId())
                .bind("prospectDomain", playbook.prospectDomain().value())
                .bind("vendorDomain", playbook.vendorDomain())
                .bind("titleFamily", playbook.titleFamily().name())
                .bind("generator", playbook.generator().name())
                .bind("confidence", BigDecimal.valueOf(playbook.confidence()))
                .bind("content", EventJson.write(new Content(playbook.lowConfidenceReasons(), playbook.personas(), insights)))
                .bind("generatedAt", utc(playbook.generatedAt()));
        spec = playbook.companyName() == null ? spec.bindNull("companyName", String.class)
                : spec.bind("companyName", playbook.companyName());
        return spec.fetch().rowsUpdated();
    }

    @Override
    public Mono<UUID> recent(UUID tenantId, String vendorDomain, String prospectDomain, Instant after) {
        return db.sql("""
                SELECT id FROM playbook WHERE tenant_id = :tenantId AND vendor_domain = :vendor
                  AND prospect_domain = :prospect AND deleted_at IS NULL AND generated_at >= :after
                ORDER BY generated_at DESC, id LIMIT 1""")
                .bind("tenantId", tenantId).bind("vendor", vendorDomain).bind("prospect", prospectDomain)
                .bind("after", utc(after))
                .map(row -> row.get("id", UUID.class)).one();
    }

    @Override
    public Mono<Boolean> softDelete(UUID tenantId, UUID playbookId, Instant at) {
        return db.sql("UPDATE playbook SET deleted_at = :at WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL")
                .bind("at", utc(at)).bind("tenantId", tenantId).bind("id", playbookId)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<UUID> idOf(UUID tenantId, ProspectDomain account) {
        return db.sql("SELECT id FROM playbook WHERE tenant_id = :tenantId AND prospect_domain = :domain")
                .bind("tenantId", tenantId)
                .bind("domain", account.value())
                .map(row -> row.get("id", UUID.class))
                .one();
    }

    @Override
    public Mono<Void> link(UUID playbookId, UUID tenantId, UUID leadId, LeadRelation relation, Instant at, LeadContact contact) {
        LeadContact c = contact == null ? LeadContact.NONE : contact;
        var spec = db.sql("""
                INSERT INTO playbook_lead (playbook_id, lead_id, tenant_id, relation, linked_at, email, first_name, last_name,
                                           title, company_name)
                VALUES (:playbookId, :leadId, :tenantId, :relation, :linkedAt, :email, :firstName, :lastName, :title, :company)
                ON CONFLICT (playbook_id, lead_id) DO NOTHING""")
                .bind("playbookId", playbookId)
                .bind("leadId", leadId)
                .bind("tenantId", tenantId)
                .bind("relation", relation.name())
                .bind("linkedAt", utc(at));
        spec = text(spec, "email", c.email());
        spec = text(spec, "firstName", c.firstName());
        spec = text(spec, "lastName", c.lastName());
        spec = text(spec, "title", c.title());
        spec = text(spec, "company", c.companyName());
        return spec.fetch().rowsUpdated().then();
    }

    private static DatabaseClient.GenericExecuteSpec text(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    @Override
    public Mono<PlaybookDetails> find(UUID tenantId, UUID playbookId) {
        record Found(AccountPlaybook playbook, PlaybookInsights insights) {
        }
        Mono<Found> playbook = db.sql("""
                SELECT id, tenant_id, prospect_domain, vendor_domain, company_name, title_family, generator, confidence,
                       content::text AS content, generated_at
                FROM playbook WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL""")
                .bind("tenantId", tenantId)
                .bind("id", playbookId)
                .map(row -> {
                    Content content = EventJson.read(row.get("content", String.class), Content.class);
                    return new Found(playbook(row, content), content.insights());
                })
                .one();
        return playbook.flatMap(found -> db.sql("""
                        SELECT lead_id, relation, linked_at, email, first_name, last_name, title, company_name FROM playbook_lead
                        WHERE tenant_id = :tenantId AND playbook_id = :id ORDER BY linked_at, lead_id""")
                .bind("tenantId", tenantId)
                .bind("id", playbookId)
                .map(row -> new LinkedLead(row.get("lead_id", UUID.class),
                        LeadRelation.valueOf(row.get("relation", String.class)), instant(row, "linked_at"),
                        new LeadContact(row.get("email", String.class), row.get("first_name", String.class),
                                row.get("last_name", String.class), row.get("title", String.class),
                                row.get("company_name", String.class))))
                .all()
                .collectList()
                .map(leads -> new PlaybookDetails(found.playbook(), leads, found.insights())));
    }

    @Override
    public Mono<PlaybookPage> page(UUID tenantId, Optional<ProspectDomain> account, PageRequest request) {
        String where = "p.tenant_id = :tenantId AND p.deleted_at IS NULL" + (account.isPresent() ? " AND p.prospect_domain = :domain" : "");
        var items = db.sql("""
                SELECT p.id, p.prospect_domain, p.vendor_domain, p.company_name, p.confidence, p.generator,
                       p.generated_at, (SELECT count(*) FROM playbook_lead l WHERE l.playbook_id = p.id) AS lead_count
                FROM playbook p WHERE %s
                ORDER BY p.generated_at DESC, p.id LIMIT :limit OFFSET :offset""".formatted(where))
                .bind("tenantId", tenantId)
                .bind("limit", request.size())
                .bind("offset", request.offset());
        var total = db.sql("SELECT count(*) AS total FROM playbook p WHERE " + where).bind("tenantId", tenantId);
        if (account.isPresent()) {
            items = items.bind("domain", account.get().value());
            total = total.bind("domain", account.get().value());
        }
        return items.map(row -> new PlaybookSummary(row.get("id", UUID.class), row.get("prospect_domain", String.class),
                        row.get("vendor_domain", String.class), row.get("company_name", String.class),
                        row.get("confidence", BigDecimal.class).doubleValue(),
                        Generator.valueOf(row.get("generator", String.class)), instant(row, "generated_at"),
                        row.get("lead_count", Long.class)))
                .all()
                .collectList()
                .zipWith(total.map(row -> row.get("total", Long.class)).one())
                .map(page -> new PlaybookPage(page.getT1(), request.page(), request.size(), page.getT2()));
    }

    private static AccountPlaybook playbook(Readable row, Content content) {
        return new AccountPlaybook(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                row.get("vendor_domain", String.class), new ProspectDomain(row.get("prospect_domain", String.class)),
                row.get("company_name", String.class), TitleFamily.valueOf(row.get("title_family", String.class)),
                row.get("confidence", BigDecimal.class).doubleValue(), content.lowConfidenceReasons(),
                Generator.valueOf(row.get("generator", String.class)), instant(row, "generated_at"),
                content.personas());
    }

    private static Instant instant(Readable row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
