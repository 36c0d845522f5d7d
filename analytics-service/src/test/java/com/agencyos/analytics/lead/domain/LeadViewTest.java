package com.agencyos.analytics.lead.domain;

import static com.agencyos.analytics.lead.domain.Activities.ACME;
import static com.agencyos.analytics.lead.domain.Activities.AS_TYPED;
import static com.agencyos.analytics.lead.domain.Activities.GLOBEX;
import static com.agencyos.analytics.lead.domain.Activities.JO;
import static com.agencyos.analytics.lead.domain.Activities.NORMALISED;
import static com.agencyos.analytics.lead.domain.Activities.SPRING_CAMPAIGN;
import static com.agencyos.analytics.lead.domain.Activities.WINTER_CAMPAIGN;
import static com.agencyos.analytics.lead.domain.Activities.at;
import static com.agencyos.analytics.lead.domain.Activities.bounced;
import static com.agencyos.analytics.lead.domain.Activities.captured;
import static com.agencyos.analytics.lead.domain.Activities.converted;
import static com.agencyos.analytics.lead.domain.Activities.drafted;
import static com.agencyos.analytics.lead.domain.Activities.enriched;
import static com.agencyos.analytics.lead.domain.Activities.replied;
import static com.agencyos.analytics.lead.domain.Activities.scored;
import static com.agencyos.analytics.lead.domain.Activities.sent;
import static com.agencyos.analytics.lead.domain.Activities.viewAfter;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.analytics.lead.domain.LeadActivity.LeadScored;
import com.agencyos.analytics.lead.domain.LeadActivity.TouchSent;
import org.junit.jupiter.api.Test;

class LeadViewTest {

    @Test
    void aLeadMovesThroughEveryStageOfThePipeline() {
        assertThat(viewAfter(captured("10:00")).status()).isEqualTo(LeadStatus.captured);
        assertThat(viewAfter(captured("10:00"), enriched("10:01")).status()).isEqualTo(LeadStatus.enriched);
        assertThat(viewAfter(captured("10:00"), enriched("10:01"), scored("10:02", 88, Tier.hot)).status())
                .isEqualTo(LeadStatus.scored);
        LeadView converted = viewAfter(captured("10:00"), enriched("10:01"), scored("10:02", 88, Tier.hot),
                sent("11:00"), replied("12:00"), converted("12:01"));
        assertThat(converted.status()).isEqualTo(LeadStatus.converted);
        assertThat(converted.events()).isEqualTo(6);
        assertThat(converted.firstEventAt()).isEqualTo(at("10:00"));
        assertThat(converted.lastEventAt()).isEqualTo(at("12:01"));
    }

    @Test
    void aLateEventAboutAnEarlierStageNeverMovesTheLeadBack() {
        LeadView view = viewAfter(scored("10:02", 88, Tier.hot), captured("10:00"), enriched("10:01"));

        assertThat(view.status()).isEqualTo(LeadStatus.scored);
        assertThat(view.firstEventAt()).isEqualTo(at("10:00"));
        assertThat(view.lastEventAt()).isEqualTo(at("10:02"));
    }

    @Test
    void theProfileComesFromTheMostRecentEventAndOlderOnesOnlyFillGaps() {
        assertThat(viewAfter(captured("10:00"), enriched("10:01")).profile()).isEqualTo(NORMALISED);

        LeadView lateForm = viewAfter(enriched("10:01"), captured("10:00"));
        assertThat(lateForm.profile()).isEqualTo(NORMALISED);

        LeadView partial = viewAfter(new LeadScored(JO, ACME, at("10:02"), null,
                new Profile("jo@acme.com.au", null, null, null, null, null), 50, Tier.warm), captured("10:00"));
        assertThat(partial.profile().email()).isEqualTo("jo@acme.com.au");
        assertThat(partial.profile().companyName()).isEqualTo(AS_TYPED.companyName());
    }

    @Test
    void theScoreIsTheOneOfTheLatestScoring() {
        assertThat(viewAfter(scored("10:02", 40, Tier.cool), scored("10:30", 88, Tier.hot)).score()).isEqualTo(88.0);

        LeadView rescoredFirst = viewAfter(scored("10:30", 88, Tier.hot), scored("10:02", 40, Tier.cool));
        assertThat(rescoredFirst.score()).isEqualTo(88.0);
        assertThat(rescoredFirst.tier()).isEqualTo(Tier.hot);
        assertThat(rescoredFirst.scoredAt()).isEqualTo(at("10:30"));
    }

    @Test
    void aDraftTouchIsActivityButDoesNotCountAsTouchingTheLead() {
        LeadView view = viewAfter(scored("10:02", 88, Tier.hot), drafted("11:00"));

        assertThat(view.status()).isEqualTo(LeadStatus.scored);
        assertThat(view.lastEventAt()).isEqualTo(at("11:00"));
        assertThat(viewAfter(scored("10:02", 88, Tier.hot), sent("11:00")).status()).isEqualTo(LeadStatus.touched);
    }

    @Test
    void aBounceIsActivityThatLeavesTheStatusAlone() {
        LeadView view = viewAfter(sent("11:00"), bounced("11:01"));

        assertThat(view.status()).isEqualTo(LeadStatus.touched);
        assertThat(view.lastEventAt()).isEqualTo(at("11:01"));
    }

    @Test
    void theCampaignIsTheOneNamedMostRecently() {
        LeadView moved = viewAfter(captured("10:00"), new TouchSent(JO, ACME, at("11:00"), WINTER_CAMPAIGN, true));
        assertThat(moved.campaignId()).isEqualTo(WINTER_CAMPAIGN);

        LeadView late = viewAfter(new TouchSent(JO, ACME, at("11:00"), WINTER_CAMPAIGN, true), captured("10:00"));
        assertThat(late.campaignId()).isEqualTo(WINTER_CAMPAIGN);

        assertThat(viewAfter(enriched("10:01"), captured("10:00")).campaignId()).isEqualTo(SPRING_CAMPAIGN);
    }

    @Test
    void anEventOfAnotherTenantLeavesTheViewAsItIs() {
        LeadView acme = viewAfter(captured("10:00"));

        LeadView after = acme.apply(new LeadScored(JO, GLOBEX, at("10:02"), null, NORMALISED, 99, Tier.hot));

        assertThat(after).isEqualTo(acme);
    }
}
