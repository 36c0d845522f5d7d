package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.CallOutcome;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;

/** How a provider call went; the answer may be present even on failure (a website that did not answer says so). */
public record ProviderResult(CallOutcome outcome, ProviderAnswer answer, long costMicros) {

    public static ProviderResult failed(CallOutcome outcome) {
        return new ProviderResult(outcome, null, 0);
    }
}
