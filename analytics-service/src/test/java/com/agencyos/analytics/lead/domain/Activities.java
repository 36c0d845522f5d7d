package com.agencyos.analytics.lead.domain;

import com.agencyos.analytics.lead.domain.LeadActivity.DeliveryReported;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadCaptured;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadConverted;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadEnriched;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadScored;
import com.agencyos.analytics.lead.domain.LeadActivity.ReplyClassified;
import com.agencyos.analytics.lead.domain.LeadActivity.TouchSent;
import java.time.Instant;
import java.util.UUID;

/** What happens to Jo Bloggs of Acme Plumbing, a lead of the Acme Agency, one day in November. */
final class Activities {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID GLOBEX = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
    static final UUID JO = UUID.fromString("5b0e8f3a-2c7d-4e91-8a6b-1f4d3c2b0a01");
    static final UUID SPRING_CAMPAIGN = UUID.fromString("c4a1e2b3-7d6f-4a58-9b0c-3e2f1d0c0b01");
    static final UUID WINTER_CAMPAIGN = UUID.fromString("c4a1e2b3-7d6f-4a58-9b0c-3e2f1d0c0b02");

    static final Profile AS_TYPED = new Profile("Jo.Bloggs@Acme.com.au", "Jo", "Bloggs", null, "Acme  Pty Ltd", null);
    static final Profile NORMALISED = new Profile("jo.bloggs@acme.com.au", "Jo", "Bloggs", "Managing Director",
            "Acme Plumbing Supplies", "acme.com.au");

    private Activities() {
    }

    static Instant at(String hhmm) {
        return Instant.parse("2026-11-23T" + hhmm + ":00Z");
    }

    static LeadCaptured captured(String hhmm) {
        return new LeadCaptured(JO, ACME, at(hhmm), SPRING_CAMPAIGN, AS_TYPED);
    }

    static LeadEnriched enriched(String hhmm) {
        return new LeadEnriched(JO, ACME, at(hhmm), null, NORMALISED);
    }

    static LeadScored scored(String hhmm, double score, Tier tier) {
        return new LeadScored(JO, ACME, at(hhmm), SPRING_CAMPAIGN, NORMALISED, score, tier);
    }

    static TouchSent sent(String hhmm) {
        return new TouchSent(JO, ACME, at(hhmm), SPRING_CAMPAIGN, true);
    }

    static TouchSent drafted(String hhmm) {
        return new TouchSent(JO, ACME, at(hhmm), SPRING_CAMPAIGN, false);
    }

    static ReplyClassified replied(String hhmm) {
        return new ReplyClassified(JO, ACME, at(hhmm), SPRING_CAMPAIGN, "meeting_request");
    }

    static LeadConverted converted(String hhmm) {
        return new LeadConverted(JO, ACME, at(hhmm), SPRING_CAMPAIGN);
    }

    static DeliveryReported bounced(String hhmm) {
        return new DeliveryReported(JO, ACME, at(hhmm), "hard_bounce");
    }

    static LeadView viewAfter(LeadActivity first, LeadActivity... more) {
        LeadView view = LeadView.startedBy(first);
        for (LeadActivity activity : more) {
            view = view.apply(activity);
        }
        return view;
    }
}
