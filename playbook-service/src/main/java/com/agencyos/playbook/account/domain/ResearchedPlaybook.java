package com.agencyos.playbook.account.domain;

/** A playbook written from web research, with the talk tracks, battle cards and claims behind it. */
public record ResearchedPlaybook(AccountPlaybook playbook, PlaybookInsights insights) {

    /** The same research with a language model's personas and sequences. */
    public ResearchedPlaybook writtenBy(Generator generator, java.util.List<Persona> personas) {
        AccountPlaybook p = playbook;
        return new ResearchedPlaybook(new AccountPlaybook(p.id(), p.tenantId(), p.vendorDomain(), p.prospectDomain(),
                p.companyName(), p.titleFamily(), p.confidence(), p.lowConfidenceReasons(), generator, p.generatedAt(),
                personas), insights);
    }

    public ResearchedPlaybook withNote(String note) {
        PlaybookInsights i = insights;
        java.util.List<String> notes = new java.util.ArrayList<>(i.researchNotes());
        notes.add(note);
        return new ResearchedPlaybook(playbook, new PlaybookInsights(i.executiveSummary(), i.lowConfidence(),
                i.prospectLanguage(), i.talkTracks(), i.battleCards(), i.claims(), notes, i.vendor(), i.prospect()));
    }
}
