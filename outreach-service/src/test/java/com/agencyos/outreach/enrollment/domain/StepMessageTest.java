package com.agencyos.outreach.enrollment.domain;

import static com.agencyos.outreach.enrollment.domain.ScoredLeads.aHotLead;
import static com.agencyos.outreach.enrollment.domain.ScoredLeads.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.Variant;
import com.agencyos.outreach.sending.domain.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepMessageTest {

    static final Sequence CUSTOM = new Sequence(Sequence.Source.CUSTOM, List.of(new SequenceStep(1, Channel.EMAIL, List.of(
            new Variant("a", 50, "{{firstName|Hello}}, trade pricing at {{companyName}}?", "Hi {{firstName|there}},\\n\\nQuick one."),
            new Variant("b", 50, "Quotes at {{companyName|your company}}", "Hello {{firstName|there}}, a question.")))));

    @Test
    void aCustomFirstStepIsTheLeadsVariantWithItsMergeFieldsFilled() {
        ScoredLead lead = aHotLead();

        StepMessage message = StepMessage.first(CUSTOM, lead);

        if (message.variant().equals("a")) {
            assertThat(message.draft().subject()).isEqualTo("Jo, trade pricing at Acme Plumbing Supplies?");
            assertThat(message.draft().body()).startsWith("Hi Jo,");
        } else {
            assertThat(message.variant()).isEqualTo("b");
            assertThat(message.draft().subject()).isEqualTo("Quotes at Acme Plumbing Supplies");
        }
        assertThat(StepMessage.first(CUSTOM, lead)).isEqualTo(message);
    }

    @Test
    void aLeadWithoutTheFieldsGetsTheFallbacks() {
        ScoredLead nameless = named(null, null, null);

        StepMessage message = StepMessage.first(CUSTOM, nameless);

        assertThat(message.draft().subject()).isIn("Hello, trade pricing at ?", "Quotes at your company");
        assertThat(message.draft().body()).doesNotContain("{{").doesNotContain("null");
    }

    @Test
    void builtInAndPlaybookSequencesUseTheBuiltInFirstEmailWithoutAVariant() {
        ScoredLead lead = aHotLead();

        assertThat(StepMessage.first(Sequence.BUILT_IN, lead)).isEqualTo(new StepMessage(FirstEmail.render(lead), null));
        assertThat(StepMessage.first(Sequence.PLAYBOOK, lead).variant()).isNull();
    }
}
