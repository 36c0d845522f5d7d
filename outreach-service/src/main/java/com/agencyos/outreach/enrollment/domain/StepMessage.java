package com.agencyos.outreach.enrollment.domain;

import com.agencyos.outreach.campaign.domain.MergeFields;
import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.Variant;
import java.util.HashMap;
import java.util.Map;

/**
 * The message of one step for one lead: a custom step's template (the lead's variant) with its merge fields filled,
 * or the built-in copy ({@link FirstEmail}, then {@link FollowUpEmail}) for built-in and playbook sequences.
 *
 * @param variant the variant key, null for built-in copy
 */
public record StepMessage(EmailDraft draft, String variant) {

    public static StepMessage first(Sequence sequence, ScoredLead lead) {
        return of(sequence, 1, lead, null);
    }

    /** {@code threadSubject}: the subject of the thread's first email, null for the first step. */
    public static StepMessage of(Sequence sequence, int stepNumber, ScoredLead lead, String threadSubject) {
        if (sequence.source() != Sequence.Source.CUSTOM) {
            return new StepMessage(stepNumber == 1 ? FirstEmail.render(lead)
                    : FollowUpEmail.render(lead, stepNumber, Sequence.DEFAULT_DAYS.size(), threadSubject), null);
        }
        SequenceStep step = sequence.step(stepNumber).orElseThrow();
        Variant variant = step.variantFor(lead.leadId());
        Map<String, String> fields = new HashMap<>();
        fields.put("firstName", lead.firstName());
        fields.put("lastName", lead.lastName());
        fields.put("title", lead.title());
        fields.put("companyName", lead.companyName());
        fields.put("companyDomain", lead.companyDomain());
        String subject = variant.subject() == null ? null : MergeFields.render(variant.subject(), fields).strip();
        return new StepMessage(new EmailDraft(subject, MergeFields.render(variant.body(), fields)), variant.key());
    }
}
