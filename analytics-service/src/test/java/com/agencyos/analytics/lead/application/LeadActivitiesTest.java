package com.agencyos.analytics.lead.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadActivity.DeliveryReported;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadCaptured;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadScored;
import com.agencyos.analytics.lead.domain.LeadActivity.TouchSent;
import com.agencyos.analytics.lead.domain.Profile;
import com.agencyos.analytics.lead.domain.Tier;
import com.agencyos.platform.events.PoisonEventException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadActivitiesTest {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID JO = UUID.fromString("5b0e8f3a-2c7d-4e91-8a6b-1f4d3c2b0a01");
    static final UUID CAMPAIGN = UUID.fromString("c4a1e2b3-7d6f-4a58-9b0c-3e2f1d0c0b01");
    static final Instant AT = Instant.parse("2026-11-23T22:14:05.120Z");

    static EventFact fact(String type, UUID leadId, String payload) {
        return new EventFact(UUID.randomUUID().toString(), type, "any.topic", ACME, leadId, AT, payload);
    }

    @Test
    void aReceivedFormCapturesTheLeadAsTyped() {
        var activity = LeadActivities.of(fact("agencyos.form.received.v1", JO, """
                {"leadId":"%s","tenantId":"%s","campaignId":"%s","unknownField":[1,2],
                 "contact":{"email":"Jo.Bloggs@Acme.com.au","firstName":"Jo","lastName":"Bloggs","title":null},
                 "company":{"name":"Acme  Pty Ltd"}}""".formatted(JO, ACME, CAMPAIGN)));

        assertThat(activity).contains(new LeadCaptured(JO, ACME, AT, CAMPAIGN,
                new Profile("Jo.Bloggs@Acme.com.au", "Jo", "Bloggs", null, "Acme  Pty Ltd", null)));
    }

    @Test
    void aScoringBringsItsScoreTierAndTheLeadItScored() {
        var activity = LeadActivities.of(fact("agencyos.lead.scored.v1", JO, """
                {"leadId":"%s","tenantId":"%s","score":88.5,"tier":"hot","email":"jo.bloggs@acme.com.au",
                 "firstName":"Jo","lastName":"Bloggs","companyName":"Acme Plumbing Supplies",
                 "companyDomain":"acme.com.au"}""".formatted(JO, ACME)));

        assertThat(activity).contains(new LeadScored(JO, ACME, AT, null, new Profile("jo.bloggs@acme.com.au", "Jo",
                "Bloggs", null, "Acme Plumbing Supplies", "acme.com.au"), 88.5, Tier.hot));
    }

    @Test
    void aTierScoringAddedLaterReadsAsUnknown() {
        var activity = LeadActivities.of(fact("agencyos.lead.scored.v1", JO, """
                {"leadId":"%s","tenantId":"%s","score":97,"tier":"scorching","email":"jo@acme.com.au"}"""
                .formatted(JO, ACME)));

        assertThat(activity).get().isInstanceOfSatisfying(LeadScored.class, s -> assertThat(s.tier()).isNull());
    }

    @Test
    void onlyATouchReallySentCountsAsSent() {
        String touch = """
                {"leadId":"%s","tenantId":"%s","campaignId":"%s","mode":"%s"}""";

        assertThat(LeadActivities.of(fact("agencyos.touch.sent.v1", JO, touch.formatted(JO, ACME, CAMPAIGN, "sent"))))
                .contains(new TouchSent(JO, ACME, AT, CAMPAIGN, true));
        assertThat(LeadActivities.of(fact("agencyos.touch.sent.v1", JO, touch.formatted(JO, ACME, CAMPAIGN, "draft"))))
                .contains(new TouchSent(JO, ACME, AT, CAMPAIGN, false));
    }

    @Test
    void deliveryEventsSayWhatHappened() {
        assertThat(LeadActivities.of(fact("agencyos.delivery.bounced.v1", JO, """
                {"tenantId":"%s","leadId":"%s","kind":"hard"}""".formatted(ACME, JO))))
                .contains(new DeliveryReported(JO, ACME, AT, "hard_bounce"));
        assertThat(LeadActivities.of(fact("agencyos.contact.unsubscribed.v1", JO, """
                {"tenantId":"%s","leadId":"%s"}""".formatted(ACME, JO))))
                .contains(new DeliveryReported(JO, ACME, AT, "unsubscribe"));
    }

    @Test
    void factsAboutNoLeadAndUnknownTypesAreNotLeadActivity() {
        assertThat(LeadActivities.of(fact("agencyos.reply.classified.v1", null, """
                {"tenantId":"%s","intent":"interested"}""".formatted(ACME)))).isEmpty();
        assertThat(LeadActivities.of(fact("agencyos.tenant.changed.v1", null, """
                {"tenantId":"%s","tier":"velocity"}""".formatted(ACME)))).isEmpty();
        assertThat(LeadActivities.of(fact("agencyos.lead.rescored.v2", JO, """
                {"leadId":"%s","tenantId":"%s"}""".formatted(JO, ACME)))).isEmpty();
    }

    @Test
    void anEventWhoseContractNamesALeadButHasNoneIsPoison() {
        assertThatThrownBy(() -> LeadActivities.of(fact("agencyos.lead.scored.v1", null, """
                {"tenantId":"%s","score":50,"tier":"warm"}""".formatted(ACME))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("leadId");
    }

    @Test
    void aFieldOfTheWrongTypeIsPoison() {
        assertThatThrownBy(() -> LeadActivities.of(fact("agencyos.lead.scored.v1", JO, """
                {"leadId":"%s","tenantId":"%s","score":"high","tier":"hot"}""".formatted(JO, ACME))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("score is not a number");
    }
}
