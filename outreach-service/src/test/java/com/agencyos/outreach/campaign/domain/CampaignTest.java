package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.Campaigns.NOW;
import static com.agencyos.outreach.campaign.domain.Campaigns.TENANT;
import static com.agencyos.outreach.campaign.domain.Campaigns.a;
import static com.agencyos.outreach.campaign.domain.Campaigns.aDraftCampaign;
import static com.agencyos.outreach.campaign.domain.Campaigns.customSequence;
import static com.agencyos.outreach.campaign.domain.Campaigns.emailStep;
import static com.agencyos.outreach.campaign.domain.Campaigns.settingsWith;
import static com.agencyos.outreach.campaign.domain.Campaigns.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.outreach.sending.domain.Channel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignTest {

    @Test
    void aNewCampaignIsADraftThatDraftsOnlyAndEnrolsNoOne() {
        Campaign campaign = aDraftCampaign();

        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.sendingMode()).isEqualTo(SendingMode.DRAFT_ONLY);
        assertThat(campaign.origin()).isEqualTo(CampaignOrigin.USER);
        assertThat(campaign.refusalFor("hot")).isEqualTo("Campaign 'Plumbers in Sydney' is draft: it enrols no one");
    }

    @Test
    void statusMovesFromDraftToActiveBackAndForthToPausedAndEndsCompleted() {
        Campaign active = aDraftCampaign().movedTo(CampaignStatus.ACTIVE);
        Campaign paused = active.movedTo(CampaignStatus.PAUSED);
        Campaign resumed = paused.movedTo(CampaignStatus.ACTIVE);

        assertThat(resumed.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(resumed.movedTo(CampaignStatus.COMPLETED).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(paused.movedTo(CampaignStatus.COMPLETED).status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void invalidTransitionsAreRefusedAsConflicts() {
        assertThatThrownBy(() -> aDraftCampaign().movedTo(CampaignStatus.PAUSED)).isInstanceOf(CampaignConflict.class)
                .hasMessage("A draft campaign cannot become paused.");
        assertThatThrownBy(() -> aDraftCampaign().movedTo(CampaignStatus.COMPLETED)).isInstanceOf(CampaignConflict.class);
        assertThatThrownBy(() -> a(CampaignStatus.COMPLETED).movedTo(CampaignStatus.ACTIVE)).isInstanceOf(CampaignConflict.class);
        assertThatThrownBy(() -> a(CampaignStatus.ACTIVE).movedTo(CampaignStatus.DRAFT)).isInstanceOf(CampaignConflict.class);
        assertThatThrownBy(() -> a(CampaignStatus.ACTIVE).movedTo(CampaignStatus.ACTIVE))
                .isInstanceOf(CampaignConflict.class).extracting("slug").isEqualTo("invalid-status-transition");
    }

    @Test
    void onlyDraftAndPausedCampaignsMayBeEdited() {
        var settings = CampaignSettings.defaults(PermissionMode.MANUAL);

        assertThat(a(CampaignStatus.DRAFT).edited("Renamed", settings, Sequence.PLAYBOOK).name()).isEqualTo("Renamed");
        assertThat(a(CampaignStatus.PAUSED).edited("Renamed", settings, Sequence.PLAYBOOK).settings().permissionMode())
                .isEqualTo(PermissionMode.MANUAL);
        assertThatThrownBy(() -> a(CampaignStatus.ACTIVE).edited("Renamed", settings, Sequence.BUILT_IN))
                .isInstanceOf(CampaignConflict.class).extracting("slug").isEqualTo("campaign-not-editable");
        assertThatThrownBy(() -> a(CampaignStatus.COMPLETED).edited("Renamed", settings, Sequence.BUILT_IN))
                .isInstanceOf(CampaignConflict.class);
    }

    @Test
    void aNameMustBeGivenAndShort() {
        assertThatThrownBy(() -> Campaign.create(UUID.randomUUID(), TENANT, "  ", CampaignSettings.defaults(PermissionMode.MANUAL),
                Sequence.BUILT_IN, NOW)).isInstanceOf(CampaignRuleViolation.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> Campaign.create(UUID.randomUUID(), TENANT, "x".repeat(121),
                CampaignSettings.defaults(PermissionMode.MANUAL), Sequence.BUILT_IN, NOW)).isInstanceOf(CampaignRuleViolation.class);
    }

    @Test
    void everyStepsChannelNeedsAShareOfTheAllocation() {
        Sequence withLinkedin = customSequence(emailStep(1, variant("a", 100)),
                new SequenceStep(3, Channel.LINKEDIN, List.of(new Variant("a", 100, null, "Hi {{firstName}}"))));

        assertThatThrownBy(() -> Campaign.create(UUID.randomUUID(), TENANT, "Mixed", settingsWith(Map.of(Channel.EMAIL, 100)),
                withLinkedin, NOW)).isInstanceOf(CampaignRuleViolation.class).extracting("field")
                .isEqualTo("sequence.steps[1].channel");
        assertThat(Campaign.create(UUID.randomUUID(), TENANT, "Mixed", settingsWith(Map.of(Channel.EMAIL, 70, Channel.LINKEDIN, 30)),
                withLinkedin, NOW).sequence().steps()).hasSize(2);
    }

    @Test
    void anActiveCampaignRefusesLeadsBelowItsMinimumTier() {
        var d = CampaignSettings.defaults(PermissionMode.AUTOPILOT);
        Campaign warmOrBetter = Campaign.create(UUID.randomUUID(), TENANT, "Warm", new CampaignSettings(d.permissionMode(),
                LeadTier.WARM, d.channelAllocation(), d.sendingWindow(), false), Sequence.BUILT_IN, NOW).movedTo(CampaignStatus.ACTIVE);

        assertThat(warmOrBetter.refusalFor("hot")).isNull();
        assertThat(warmOrBetter.refusalFor("warm")).isNull();
        assertThat(warmOrBetter.refusalFor("cool")).isEqualTo("Tier cool is below the campaign's minimum tier warm");
        assertThat(warmOrBetter.refusalFor("mystery")).isNotNull();
    }

    @Test
    void onlyActiveCampaignsAPersonCreatedCountAgainstTheTiersLimit() {
        assertThat(a(CampaignStatus.ACTIVE).countsAsActive()).isTrue();
        assertThat(a(CampaignStatus.PAUSED).countsAsActive()).isFalse();
        assertThat(Campaign.inbound(UUID.randomUUID(), TENANT, NOW).countsAsActive()).isFalse();
        assertThat(Campaign.inbound(UUID.randomUUID(), TENANT, NOW).status()).isEqualTo(CampaignStatus.ACTIVE);
    }

    @Test
    void theTiersLimitRefusesOneMoreActiveCampaignAndAnInactiveTenantAny() {
        TenantPlan ignition = new TenantPlan(TENANT, "active", "ignition", 2, PermissionMode.AUTOPILOT, "Australia/Sydney", false, 3);

        ignition.allowActivation(1);
        assertThatThrownBy(() -> ignition.allowActivation(2)).isInstanceOf(CampaignConflict.class)
                .hasMessage("The ignition tier allows 2 active campaigns and 2 are active: pause or complete one first.");
        TenantPlan pastDue = new TenantPlan(TENANT, "past_due", "ignition", 2, PermissionMode.AUTOPILOT, "UTC", false, 4);
        assertThatThrownBy(() -> pastDue.allowActivation(0)).isInstanceOf(CampaignConflict.class)
                .extracting("slug").isEqualTo("tenant-not-active");
        assertThat(TenantPlan.assumed(TENANT, 5).maxActiveCampaigns()).isEqualTo(5);
    }
}
