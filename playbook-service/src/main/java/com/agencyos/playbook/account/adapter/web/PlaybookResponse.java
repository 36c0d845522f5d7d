package com.agencyos.playbook.account.adapter.web;

import com.agencyos.playbook.account.application.PlaybookDetails;
import com.agencyos.playbook.account.domain.AccountPlaybook;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A playbook as the API shows it: its personas and sequences, and the leads of its account. */
record PlaybookResponse(UUID id, String prospectDomain, String vendorDomain, String companyName, String titleFamily,
        double confidence, List<String> lowConfidenceReasons, String generator, Instant generatedAt,
        List<Persona> personas, List<Lead> leads) {

    record Persona(String key, String title, List<String> pains, List<Touch> sequence) {
    }

    record Touch(int day, String subject, String body) {
    }

    /** {@code relation} is {@code waiting} (named when the playbook was generated) or {@code attached} (joined later). */
    record Lead(UUID leadId, String relation, Instant linkedAt) {
    }

    static PlaybookResponse of(PlaybookDetails details) {
        AccountPlaybook p = details.playbook();
        return new PlaybookResponse(p.id(), p.prospectDomain().value(), p.vendorDomain(), p.companyName(),
                p.titleFamily().name(), p.confidence(), p.lowConfidenceReasons(), p.generator().name(), p.generatedAt(),
                p.personas().stream().map(persona -> new Persona(persona.key(), persona.title(), persona.pains(),
                        persona.sequence().stream().map(t -> new Touch(t.day(), t.subject(), t.body())).toList())).toList(),
                details.leads().stream().map(l -> new Lead(l.leadId(), l.relation().name(), l.linkedAt())).toList());
    }
}
