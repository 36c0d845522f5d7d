package com.agencyos.analytics.lead.adapter.web;

import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.application.LeadHistory;
import com.agencyos.analytics.lead.domain.LeadDossier;
import com.agencyos.platform.events.EventJson;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A lead with its 360 sections (enrichment and provenance, scores, playbooks, enrolments, touches, replies,
 * suppression, conversion) and its timeline: every event about it, oldest first, with the payload as published.
 */
public record LeadDetailResponse(@JsonUnwrapped LeadResponse lead, @JsonUnwrapped LeadDossier dossier,
        List<TimelineEntry> timeline) {

    public record TimelineEntry(String eventId, String type, String topic, Instant occurredAt, JsonNode payload) {

        static TimelineEntry of(EventFact fact) {
            return new TimelineEntry(fact.eventId(), fact.type(), fact.topic(), fact.occurredAt(),
                    EventJson.tree(fact.payload()));
        }
    }

    static LeadDetailResponse of(LeadHistory history) {
        return new LeadDetailResponse(LeadResponse.of(history.lead()), history.dossier(),
                history.timeline().stream().map(TimelineEntry::of).toList());
    }
}
