package com.agencyos.analytics.lead.domain;

import static com.agencyos.analytics.lead.domain.Activities.ACME;
import static com.agencyos.analytics.lead.domain.Activities.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.analytics.lead.domain.LeadActivity.LeadCaptured;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeadSearchTest {

    @Test
    void noParametersMeanTheFirstPageOfEveryLead() {
        assertThat(LeadSearch.parse(null, null, null, null, null, null, null)).isEqualTo(LeadSearch.firstPage());
        assertThat(LeadSearch.parse(" ", "", null, "", null, " ", "")).isEqualTo(LeadSearch.firstPage());
    }

    @Test
    void readsEveryCriterion() {
        LeadCursor cursor = new LeadCursor(at("10:00"), UUID.randomUUID());

        LeadSearch search = LeadSearch.parse("hot", "scored", "  Bloggs ", "50", "90.5", "10", cursor.encode());

        assertThat(search).isEqualTo(new LeadSearch(Tier.hot, LeadStatus.scored, "Bloggs", 50.0, 90.5, 10, cursor));
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        assertThatThrownBy(() -> LeadSearch.parse("lukewarm", "lost", "x".repeat(201), "NaN", "101", "101", "nope"))
                .isInstanceOfSatisfying(InvalidLeadSearch.class, e -> assertThat(e.errors()).containsOnlyKeys(
                        "tier", "status", "q", "minScore", "maxScore", "limit", "cursor"));
    }

    @Test
    void theLowestScoreMayNotExceedTheHighest() {
        assertThatThrownBy(() -> LeadSearch.parse(null, null, null, "80", "20", null, null))
                .isInstanceOfSatisfying(InvalidLeadSearch.class,
                        e -> assertThat(e.errors()).containsEntry("minScore", "must not be greater than maxScore"));
    }

    @Test
    void aPageHoldsAtMostOneHundredLeads() {
        assertThat(LeadSearch.parse(null, null, null, null, null, "100", null).limit()).isEqualTo(100);
        assertThatThrownBy(() -> LeadSearch.parse(null, null, null, null, null, "0", null))
                .isInstanceOf(InvalidLeadSearch.class);
        assertThatThrownBy(() -> LeadSearch.parse(null, null, null, null, null, "2.5", null))
                .isInstanceOf(InvalidLeadSearch.class);
    }

    @Test
    void theNextPageStartsAfterTheLastLeadShownWhenMoreWereFound() {
        List<LeadView> fetched = IntStream.range(0, 3)
                .mapToObj(i -> LeadView.startedBy(new LeadCaptured(UUID.randomUUID(), ACME, at("1" + (5 - i) + ":00"),
                        null, Profile.UNKNOWN)))
                .toList();
        LeadSearch twoPerPage = new LeadSearch(null, null, null, null, null, 2, null);

        LeadPage page = twoPerPage.page(fetched);

        assertThat(page.items()).containsExactly(fetched.get(0), fetched.get(1));
        assertThat(page.next()).isEqualTo(new LeadCursor(at("14:00"), fetched.get(1).leadId()));
        assertThat(twoPerPage.page(fetched.subList(0, 2)).next()).isNull();
    }

    @Test
    void aCursorSurvivesTheRoundTripAndAnythingElseIsRefused() {
        LeadCursor cursor = new LeadCursor(at("10:00").plusNanos(123_000), UUID.randomUUID());

        assertThat(LeadCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThatThrownBy(() -> LeadCursor.decode("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadCursor.decode("MnxhfGI")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheSortAndCampaignAndRefusesACursorMadeForAnotherSort() {
        UUID campaign = UUID.randomUUID();
        LeadCursor byScore = new LeadCursor(LeadSort.SCORE_DESC, "71.5", UUID.randomUUID());

        LeadSearch search = LeadSearch.parse(null, null, null, null, null, null, byScore.encode(), campaign.toString(),
                "-score");

        assertThat(search.sort()).isEqualTo(LeadSort.SCORE_DESC);
        assertThat(search.campaignId()).isEqualTo(campaign);
        assertThat(search.after()).isEqualTo(byScore);
        assertThatThrownBy(() -> LeadSearch.parse(null, null, null, null, null, null, byScore.encode(), "nope", "name"))
                .isInstanceOfSatisfying(InvalidLeadSearch.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("campaign", "sort", "cursor"));
    }

    @Test
    void aScoreSortPutsUnscoredLeadsLastAndItsCursorCarriesTheScore() {
        LeadView unscored = LeadView.startedBy(new LeadCaptured(UUID.randomUUID(), ACME, at("10:00"), null,
                Profile.UNKNOWN));
        LeadSearch onePerPage = new LeadSearch(null, null, null, null, null, 1, null, null, LeadSort.SCORE_DESC);

        LeadCursor next = onePerPage.page(List.of(unscored, unscored)).next();

        assertThat(next).isEqualTo(new LeadCursor(LeadSort.SCORE_DESC, "-1.0", unscored.leadId()));
        assertThat(LeadCursor.decode(next.encode()).numberKey()).isEqualTo(-1.0);
    }

    @Test
    void cursorsOfTheFirstVersionStillWorkAndKeysThatAreNotNumbersOrTimesAreRefused() {
        UUID lead = UUID.randomUUID();
        String firstVersion = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("1|2026-11-23T10:00:00Z|" + lead).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String badScore = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("2|-score|high|" + lead).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(LeadCursor.decode(firstVersion)).isEqualTo(new LeadCursor(at("10:00"), lead));
        assertThatThrownBy(() -> LeadCursor.decode(badScore)).isInstanceOf(IllegalArgumentException.class);
    }
}
