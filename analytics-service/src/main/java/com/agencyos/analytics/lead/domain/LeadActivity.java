package com.agencyos.analytics.lead.domain;

import java.time.Instant;
import java.util.UUID;

/** What happened to a lead, as the lead view needs to know it. Each is read from one event fact. */
public sealed interface LeadActivity {

    UUID leadId();

    UUID tenantId();

    /** When it happened. */
    Instant at();

    /** The campaign the activity belongs to, when it names one. */
    UUID campaignId();

    /** The lead arrived through a form, webhook, API call or import. */
    record LeadCaptured(UUID leadId, UUID tenantId, Instant at, UUID campaignId, Profile profile)
            implements LeadActivity {
    }

    record LeadEnriched(UUID leadId, UUID tenantId, Instant at, UUID campaignId, Profile profile)
            implements LeadActivity {
    }

    record LeadScored(UUID leadId, UUID tenantId, Instant at, UUID campaignId, Profile profile, double score,
            Tier tier) implements LeadActivity {
    }

    /** A touch was produced; only one really sent ({@code sent}) counts as touching the lead. */
    record TouchSent(UUID leadId, UUID tenantId, Instant at, UUID campaignId, boolean sent) implements LeadActivity {
    }

    record ReplyClassified(UUID leadId, UUID tenantId, Instant at, UUID campaignId, String intent)
            implements LeadActivity {
    }

    record LeadConverted(UUID leadId, UUID tenantId, Instant at, UUID campaignId) implements LeadActivity {
    }

    /** A bounce, complaint or unsubscribe concerning the lead. */
    record DeliveryReported(UUID leadId, UUID tenantId, Instant at, String kind) implements LeadActivity {

        @Override
        public UUID campaignId() {
            return null;
        }
    }
}
