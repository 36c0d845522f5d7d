package com.agencyos.outreach.playbook.domain;

import com.agencyos.outreach.campaign.domain.CampaignRuleViolation;
import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.Variant;
import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** An account playbook: who to write to at the prospect, and what. */
public record Playbook(UUID playbookId, UUID tenantId, String vendorDomain, String prospectDomain, double confidence,
        String generator, Instant generatedAt, List<UUID> waitingLeadIds, List<Persona> personas) {

    /** The variant key a playbook step reports on {@code touch.sent}. */
    public static final String VARIANT = "playbook";

    public Playbook {
        waitingLeadIds = waitingLeadIds == null ? List.of() : List.copyOf(waitingLeadIds);
        personas = personas == null ? List.of() : List.copyOf(personas);
    }

    /** Whether the playbook is for this lead: it names the lead as waiting, or it is about the lead's company's domain. */
    public boolean isFor(UUID leadId, String companyDomain) {
        return waitingLeadIds.contains(leadId) || companyDomain != null && prospectDomain.equalsIgnoreCase(companyDomain.strip());
    }

    /**
     * The email sequence for a lead with this job title: the persona whose title matches it (equal, else one contains
     * the other, ignoring case), else the first persona. Empty when no persona has a sequence the campaign rules accept
     * (days that grow, a subject and body per touch, only known merge fields): the built-in copy is used then.
     */
    public Optional<Sequence> sequenceFor(String title) {
        String wanted = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        return personas.stream().sorted(Comparator.comparingInt(p -> p.match(wanted)))
                .map(Playbook::emailSequence).flatMap(Optional::stream).findFirst();
    }

    /** A persona the playbook generator wrote badly is passed over: the next one, or the built-in copy, is used. */
    private static Optional<Sequence> emailSequence(Persona persona) {
        try {
            return Optional.of(new Sequence(Sequence.Source.CUSTOM, persona.sequence().stream()
                    .map(t -> new SequenceStep(t.day(), Channel.EMAIL, List.of(new Variant(VARIANT, 100, t.subject(), t.body()))))
                    .toList()));
        } catch (CampaignRuleViolation unusable) {
            return Optional.empty();
        }
    }

    /** A priority persona at the prospect and the sequence written for it. */
    public record Persona(String key, String title, List<String> pains, List<SequenceTouch> sequence) {

        public Persona {
            pains = pains == null ? List.of() : List.copyOf(pains);
            sequence = sequence == null ? List.of() : List.copyOf(sequence);
        }

        /** 0: the same title, 1: one title contains the other, 2: another persona. */
        int match(String wantedTitle) {
            String own = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
            if (wantedTitle.isEmpty() || own.isEmpty()) {
                return 2;
            }
            return own.equals(wantedTitle) ? 0 : own.contains(wantedTitle) || wantedTitle.contains(own) ? 1 : 2;
        }
    }

    /** One touch of a sequence; {@code {{firstName}}}-style merge fields are still in place. */
    public record SequenceTouch(int day, String subject, String body) {
    }
}
