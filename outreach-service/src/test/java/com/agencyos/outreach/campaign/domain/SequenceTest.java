package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.Campaigns.customSequence;
import static com.agencyos.outreach.campaign.domain.Campaigns.emailStep;
import static com.agencyos.outreach.campaign.domain.Campaigns.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.outreach.sending.domain.Channel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SequenceTest {

    @Test
    void theBuiltInSequenceEmailsOnDaysOneThreeSevenAndFourteen() {
        assertThat(Sequence.BUILT_IN.steps()).extracting(SequenceStep::day).containsExactly(1, 3, 7, 14);
        assertThat(Sequence.BUILT_IN.steps()).extracting(SequenceStep::channel).containsOnly(Channel.EMAIL);
    }

    @Test
    void stepsMustComeOnLaterAndLaterDays() {
        assertThatThrownBy(() -> customSequence(emailStep(3, variant("a", 100)), emailStep(3, variant("a", 100))))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("sequence.steps[1].day");
        assertThatThrownBy(() -> customSequence(emailStep(0, variant("a", 100))))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("sequence.steps[0].day");
        assertThatThrownBy(() -> new Sequence(Sequence.Source.CUSTOM, List.of()))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("sequence.steps");
    }

    @Test
    void variantSplitsMustSumToOneHundredAndKeysBeDistinct() {
        assertThatThrownBy(() -> customSequence(emailStep(1, variant("a", 60), variant("b", 30))))
                .isInstanceOf(CampaignRuleViolation.class).hasMessageContaining("splits must sum to 100, not 90");
        assertThatThrownBy(() -> customSequence(emailStep(1, variant("a", 50), variant("a", 50))))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("sequence.steps[0].variants[1].key");
    }

    @Test
    void anEmailStepNeedsAOneLineSubjectAndEveryStepABody() {
        assertThatThrownBy(() -> customSequence(emailStep(1, new Variant("a", 100, null, "Hi"))))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("sequence.steps[0].variants[0].subject");
        assertThatThrownBy(() -> customSequence(emailStep(1, new Variant("a", 100, "Hi\r\nBcc: x@y.z", "Hi"))))
                .isInstanceOf(CampaignRuleViolation.class).hasMessageContaining("must be one line");
        assertThatThrownBy(() -> customSequence(emailStep(1, new Variant("a", 100, "Hi", " "))))
                .isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("sequence.steps[0].variants[0].body");
    }

    @Test
    void templatesNamingUnknownMergeFieldsAreRefused() {
        assertThatThrownBy(() -> customSequence(emailStep(1, new Variant("a", 100, "Hi", "Hi {{favouriteColour}}"))))
                .isInstanceOf(CampaignRuleViolation.class).hasMessageContaining("unknown merge field 'favouriteColour'");
        assertThatThrownBy(() -> customSequence(emailStep(1, new Variant("a", 100, "Hi {{firstName", "Hi"))))
                .isInstanceOf(CampaignRuleViolation.class).hasMessageContaining("a '{{' that is not a merge field");
    }

    @Test
    void aLeadAlwaysGetsTheSameVariantAndTheSplitIsRoughlyHonoured() {
        SequenceStep step = emailStep(1, variant("a", 80), variant("b", 20));
        UUID lead = UUID.randomUUID();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            counts.merge(step.variantFor(UUID.randomUUID()).key(), 1, Integer::sum);
        }

        assertThat(step.variantFor(lead)).isEqualTo(step.variantFor(lead));
        assertThat(counts.get("a")).isBetween(7_600, 8_400);
        assertThat(counts.get("b")).isBetween(1_600, 2_400);
    }

    @Test
    void aZeroSplitVariantIsNeverChosen() {
        SequenceStep step = emailStep(1, variant("a", 100), variant("b", 0));

        for (int i = 0; i < 1_000; i++) {
            assertThat(step.variantFor(UUID.randomUUID()).key()).isEqualTo("a");
        }
    }

    @Test
    void channelAllocationMustSumToOneHundred() {
        assertThatThrownBy(() -> new ChannelAllocation(Map.of(Channel.EMAIL, 60, Channel.SMS, 30)))
                .isInstanceOf(CampaignRuleViolation.class).hasMessage("settings.channelAllocation: must sum to 100, not 90");
        assertThatThrownBy(() -> new ChannelAllocation(Map.of(Channel.EMAIL, 120, Channel.SMS, -20)))
                .isInstanceOf(CampaignRuleViolation.class);
        assertThat(new ChannelAllocation(Map.of(Channel.EMAIL, 100, Channel.SMS, 0)).allows(Channel.SMS)).isFalse();
    }
}
