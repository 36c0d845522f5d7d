package com.agencyos.analytics.lead.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadStatus;
import com.agencyos.analytics.lead.domain.LeadView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadRebuildTest {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final Instant MORNING = Instant.parse("2026-11-23T09:00:00Z");

    static EventFact fact(String type, UUID tenant, UUID lead, int minute, String payload) {
        return new EventFact(UUID.randomUUID().toString(), "agencyos." + type + ".v1", type, tenant, lead,
                MORNING.plusSeconds(60L * minute), payload.replace("LEAD", lead.toString())
                        .replace("TENANT", tenant.toString()));
    }

    static List<EventFact> journey(UUID tenant, UUID lead) {
        return List.of(
                fact("form.received", tenant, lead, 0, "{\"leadId\":\"LEAD\",\"tenantId\":\"TENANT\","
                        + "\"contact\":{\"email\":\"Jo@Acme.com.au\"},\"company\":{\"name\":\"Acme\"}}"),
                fact("lead.scored", tenant, lead, 2, "{\"leadId\":\"LEAD\",\"tenantId\":\"TENANT\",\"score\":71,"
                        + "\"tier\":\"warm\",\"email\":\"jo@acme.com.au\"}"),
                fact("lead.scored", tenant, lead, 5, "{\"leadId\":\"LEAD\",\"tenantId\":\"TENANT\",\"score\":88,"
                        + "\"tier\":\"hot\"}"),
                fact("touch.sent", tenant, lead, 60, "{\"leadId\":\"LEAD\",\"tenantId\":\"TENANT\",\"mode\":\"sent\"}"),
                fact("lead.converted", tenant, lead, 90, "{\"leadId\":\"LEAD\",\"tenantId\":\"TENANT\"}"));
    }

    static LeadView live(List<EventFact> arrived) {
        LeadView view = null;
        for (EventFact fact : arrived) {
            var activity = LeadActivities.of(fact).orElseThrow();
            view = view == null ? LeadView.startedBy(activity) : view.apply(activity);
        }
        return view;
    }

    @Test
    void aRebuildGivesTheViewTheLiveProjectionBuiltWhateverOrderTheFactsArrivedIn() {
        UUID jo = UUID.randomUUID();
        List<EventFact> arrived = new ArrayList<>(journey(ACME, jo));
        Collections.shuffle(arrived, new Random(3));

        List<LeadView> rebuilt = LeadRebuild.fold(arrived);

        assertThat(rebuilt).containsExactly(live(arrived));
        assertThat(rebuilt.getFirst().status()).isEqualTo(LeadStatus.converted);
        assertThat(rebuilt.getFirst().score()).isEqualTo(88.0);
        assertThat(rebuilt.getFirst().events()).isEqualTo(5);
    }

    @Test
    void eachLeadOfABatchGetsItsOwnView() {
        UUID first = new UUID(1, 1);
        UUID second = new UUID(1, 2);
        List<EventFact> batch = new ArrayList<>(journey(ACME, first));
        batch.addAll(journey(GLOBEX, second));

        List<LeadView> rebuilt = LeadRebuild.fold(batch);

        assertThat(rebuilt).extracting(LeadView::leadId, LeadView::tenantId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, ACME), org.assertj.core.groups.Tuple.tuple(second, GLOBEX));
    }

    @Test
    void aLeadIdClaimedByASecondTenantStaysWithTheTenantWhoseFactArrivedFirst() {
        UUID contested = UUID.randomUUID();
        List<EventFact> arrived = new ArrayList<>(journey(ACME, contested).subList(0, 2));
        arrived.add(journey(GLOBEX, contested).get(2));

        List<LeadView> rebuilt = LeadRebuild.fold(arrived);

        assertThat(rebuilt).hasSize(1);
        assertThat(rebuilt.getFirst().tenantId()).isEqualTo(ACME);
        assertThat(rebuilt.getFirst().score()).isEqualTo(71.0);
    }

    @Test
    void factsOfTypesTheViewDoesNotUseAreSkipped() {
        UUID lead = UUID.randomUUID();
        List<EventFact> batch = List.of(fact("lead.rescored", ACME, lead, 0, "{\"leadId\":\"LEAD\"}"));

        assertThat(LeadRebuild.fold(batch)).isEmpty();
    }
}
