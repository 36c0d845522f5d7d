package com.agencyos.playbook.account.adapter.web;

import com.agencyos.playbook.account.application.PlaybookDetails;
import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.PlaybookInsights;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A playbook as the API shows it: its personas and sequences, and the leads of its account. */
record PlaybookResponse(UUID id, String status, String prospectDomain, String vendorDomain, String companyName,
        String titleFamily, double confidence, boolean lowConfidence, List<String> lowConfidenceReasons, String generator,
        Instant generatedAt, List<Persona> personas, List<Lead> leads, PlaybookInsights research, RunResponse latestRun) {

    record Persona(String key, String title, List<String> pains, List<Touch> sequence) {
    }

    record Touch(int day, String subject, String body) {
    }

    /** {@code relation} is {@code waiting} (named when the playbook was generated) or {@code attached} (joined later). */
    record Lead(UUID leadId, String relation, Instant linkedAt, String email, String firstName, String lastName, String title) {
    }

    /** {@code research} (summary, talk tracks, battle cards, claims with sources, profiles) is null without research. */
    static PlaybookResponse of(PlaybookDetails details, RunResponse latestRun) {
        AccountPlaybook p = details.playbook();
        boolean low = details.insights() != null ? details.insights().lowConfidence() : !p.lowConfidenceReasons().isEmpty();
        return new PlaybookResponse(p.id(), "ready", p.prospectDomain().value(), p.vendorDomain(), p.companyName(),
                p.titleFamily().name(), p.confidence(), low, p.lowConfidenceReasons(), p.generator().name(), p.generatedAt(),
                p.personas().stream().map(persona -> new Persona(persona.key(), persona.title(), persona.pains(),
                        persona.sequence().stream().map(t -> new Touch(t.day(), t.subject(), t.body())).toList())).toList(),
                details.leads().stream().map(l -> new Lead(l.leadId(), l.relation().name(), l.linkedAt(),
                        l.contact().email(), l.contact().firstName(), l.contact().lastName(), l.contact().title())).toList(),
                details.insights(), latestRun);
    }
}
