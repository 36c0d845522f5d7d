package com.agencyos.outreach.enrollment.domain;

import static com.agencyos.outreach.enrollment.domain.ScoredLeads.aHotLead;
import static com.agencyos.outreach.enrollment.domain.ScoredLeads.jo;
import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.CampaignSettings;
import com.agencyos.outreach.campaign.domain.CampaignStatus;
import com.agencyos.outreach.campaign.domain.ChannelAllocation;
import com.agencyos.outreach.campaign.domain.LeadTier;
import com.agencyos.outreach.campaign.domain.PermissionMode;
import com.agencyos.outreach.campaign.domain.SendingWindow;
import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.TenantPlan;
import com.agencyos.outreach.campaign.domain.Variant;
import com.agencyos.outreach.sending.domain.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DueTouchCheckTest {

    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    static final TenantPlan WORKING = TenantPlan.assumed(ScoredLeads.ACME, 5);

    static Enrollment enrolled(ScoredLead lead, UUID campaignId) {
        return ((EnrollmentDecision.Enrol) EnrollmentPolicy.onScored(lead, campaignId, Optional.empty(), UUID.randomUUID(), NOW))
                .enrollment();
    }

    static Campaign inbound() {
        return Campaign.inbound(UUID.randomUUID(), ScoredLeads.ACME, NOW);
    }

    @Test
    void aDueStepOfAnActiveEnrolmentInAnActiveCampaignProceeds() {
        Campaign campaign = inbound();

        var outcome = DueTouchCheck.check(enrolled(aHotLead(), campaign.id()), campaign, WORKING, aHotLead(), 2, NOW);

        assertThat(outcome).isEqualTo(new DueTouchCheck.Proceed(Sequence.BUILT_IN.steps().get(1)));
    }

    @Test
    void aStoppedEnrolmentSkipsItsDueStepForGood() {
        Campaign campaign = inbound();
        Enrollment stopped = enrolled(aHotLead(), campaign.id()).stopped("Replied: asked to unsubscribe", NOW);

        assertThat(DueTouchCheck.check(stopped, campaign, WORKING, aHotLead(), 2, NOW))
                .isEqualTo(new DueTouchCheck.Skip("Enrolment stopped: Replied: asked to unsubscribe", false));
    }

    @Test
    void anEnrolmentPausedByAnOutOfOfficeWaitsUntilThePersonIsBackThenProceeds() {
        Campaign campaign = inbound();
        Instant back = NOW.plusSeconds(5 * 86400);
        Enrollment paused = enrolled(aHotLead(), campaign.id()).pausedUntil(back);

        assertThat(DueTouchCheck.check(paused, campaign, WORKING, aHotLead(), 2, NOW))
                .isEqualTo(new DueTouchCheck.Reschedule(back, "Paused: out of office until " + back));
        assertThat(DueTouchCheck.check(paused, campaign, WORKING, aHotLead(), 2, back))
                .isInstanceOf(DueTouchCheck.Proceed.class);
    }

    @Test
    void aLaterPauseWinsAndAStoppedEnrolmentIsNotPaused() {
        Campaign campaign = inbound();
        Enrollment enrollment = enrolled(aHotLead(), campaign.id());
        Instant later = NOW.plusSeconds(86400 * 10);

        assertThat(enrollment.pausedUntil(later).pausedUntil(NOW.plusSeconds(60)).pausedUntil()).isEqualTo(later);
        assertThat(enrollment.stopped("Hard bounce (smtp)", NOW).pausedUntil(later).pausedUntil()).isNull();
    }

    @Test
    void aPausedCampaignOrATenantBehindOnPaymentReschedulesAnHourLater() {
        Campaign campaign = inbound();
        Enrollment enrollment = enrolled(aHotLead(), campaign.id());
        TenantPlan pastDue = new TenantPlan(ScoredLeads.ACME, "past_due", "ignition", 5, PermissionMode.AUTOPILOT, "UTC", false, 2);

        assertThat(DueTouchCheck.check(enrollment, campaign.movedTo(CampaignStatus.PAUSED), WORKING, aHotLead(), 1, NOW))
                .isEqualTo(new DueTouchCheck.Reschedule(NOW.plusSeconds(3600), "Campaign is paused"));
        assertThat(DueTouchCheck.check(enrollment, campaign, pastDue, aHotLead(), 1, NOW))
                .isEqualTo(new DueTouchCheck.Reschedule(NOW.plusSeconds(3600), "Tenant is past_due"));
        assertThat(DueTouchCheck.check(enrollment, campaign.movedTo(CampaignStatus.COMPLETED), WORKING, aHotLead(), 1, NOW))
                .isEqualTo(new DueTouchCheck.Skip("Campaign is completed", false));
    }

    @Test
    void aStepOnAChannelTheLeadMayNotGetIsSkippedAndTheSequenceGoesOn() {
        var d = CampaignSettings.defaults(PermissionMode.AUTOPILOT);
        Campaign mixed = Campaign.create(UUID.randomUUID(), ScoredLeads.ACME, "Mixed", new CampaignSettings(d.permissionMode(),
                LeadTier.COLD, new ChannelAllocation(Map.of(Channel.EMAIL, 50, Channel.SMS, 50)), SendingWindow.DEFAULT, false),
                new Sequence(Sequence.Source.CUSTOM, List.of(new SequenceStep(1, Channel.EMAIL, List.of(new Variant("a", 100, "Hi", "Hi"))),
                        new SequenceStep(2, Channel.SMS, List.of(new Variant("a", 100, null, "Hi"))))), NOW).movedTo(CampaignStatus.ACTIVE);
        ScoredLead emailOnly = jo("warm", 70, Set.of("email"));

        assertThat(DueTouchCheck.check(enrolled(emailOnly, mixed.id()), mixed, WORKING, emailOnly, 2, NOW))
                .isEqualTo(new DueTouchCheck.Skip("Scoring does not allow sms for this lead", true));
        assertThat(DueTouchCheck.check(enrolled(emailOnly, mixed.id()), mixed, WORKING, emailOnly, 3, NOW))
                .isEqualTo(new DueTouchCheck.Skip("The sequence has no step 3", false));
    }

    @Test
    void aStepOnSmsVoiceOrLinkedInNeedsThePhoneOrProfileFromEnrichmentAndMailAPostalAddressNobodySendsYet() {
        var d = CampaignSettings.defaults(PermissionMode.AUTOPILOT);
        Campaign mixed = Campaign.create(UUID.randomUUID(), ScoredLeads.ACME, "Mixed", new CampaignSettings(d.permissionMode(),
                LeadTier.COLD, new ChannelAllocation(Map.of(Channel.EMAIL, 40, Channel.SMS, 20, Channel.LINKEDIN, 20, Channel.MAIL, 20)),
                SendingWindow.ALWAYS, false),
                new Sequence(Sequence.Source.CUSTOM, List.of(new SequenceStep(1, Channel.EMAIL, List.of(new Variant("a", 100, "Hi", "Hi"))),
                        new SequenceStep(2, Channel.SMS, List.of(new Variant("a", 100, null, "Hi"))),
                        new SequenceStep(3, Channel.LINKEDIN, List.of(new Variant("a", 100, null, "Hi"))),
                        new SequenceStep(4, Channel.MAIL, List.of(new Variant("a", 100, null, "Hi"))))), NOW).movedTo(CampaignStatus.ACTIVE);
        ScoredLead lead = jo("hot", 90, Set.of("email", "sms", "linkedin", "mail"));
        Enrollment enrollment = enrolled(lead, mixed.id());
        LeadContact unknown = LeadContact.none(lead.tenantId(), lead.leadId());
        LeadContact reachable = new LeadContact(lead.tenantId(), lead.leadId(), " +61412345678 ", "https://www.linkedin.com/in/jo", NOW);

        assertThat(DueTouchCheck.check(enrollment, mixed, WORKING, lead, unknown, 2, NOW))
                .isEqualTo(new DueTouchCheck.Skip("No phone number for this lead (from lead.enriched)", true));
        assertThat(DueTouchCheck.check(enrollment, mixed, WORKING, lead, new LeadContact(lead.tenantId(), lead.leadId(), " ", null, NOW), 3, NOW))
                .isEqualTo(new DueTouchCheck.Skip("No LinkedIn profile for this lead (from lead.enriched)", true));
        assertThat(DueTouchCheck.check(enrollment, mixed, WORKING, lead, reachable, 2, NOW)).isInstanceOf(DueTouchCheck.Proceed.class);
        assertThat(DueTouchCheck.check(enrollment, mixed, WORKING, lead, reachable, 3, NOW)).isInstanceOf(DueTouchCheck.Proceed.class);
        assertThat(DueTouchCheck.check(enrollment, mixed, WORKING, lead, reachable, 4, NOW))
                .isEqualTo(new DueTouchCheck.Skip("No postal address for this lead", true));
        assertThat(reachable.addressOn(Channel.VOICE)).contains("+61412345678");
    }

    static Campaign activeIn(SendingWindow window) {
        CampaignSettings d = CampaignSettings.defaults(PermissionMode.AUTOPILOT);
        return Campaign.create(UUID.randomUUID(), ScoredLeads.ACME, "Windowed", new CampaignSettings(d.permissionMode(),
                d.minimumTier(), d.channelAllocation(), window, false), Sequence.BUILT_IN, NOW).movedTo(CampaignStatus.ACTIVE);
    }

    @Test
    void aStepDueOutsideTheCampaignsWindowMovesToItsNextOpeningWithTheReasonAndProceedsInsideIt() {
        SendingWindow newYork = new SendingWindow(ZoneId.of("America/New_York"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
        Campaign campaign = activeIn(newYork);
        Instant mondayEvening = Instant.parse("2026-11-24T00:00:00Z");
        Instant tuesdayMorning = Instant.parse("2026-11-24T14:00:00Z");

        assertThat(DueTouchCheck.check(enrolled(aHotLead(), campaign.id()), campaign, WORKING, aHotLead(), 1, mondayEvening))
                .isEqualTo(new DueTouchCheck.Reschedule(tuesdayMorning,
                        "Outside the sending window (America/New_York): moved to its next opening 2026-11-24T09:00 America/New_York"));
        assertThat(DueTouchCheck.check(enrolled(aHotLead(), campaign.id()), campaign, WORKING, aHotLead(), 1, tuesdayMorning))
                .isInstanceOf(DueTouchCheck.Proceed.class);
    }

    @Test
    void aStepDueOnAFridayEveningInSydneyWaitsForMondayMorningThere() {
        Campaign campaign = activeIn(SendingWindow.DEFAULT);
        Instant fridayEvening = Instant.parse("2026-11-27T07:30:00Z");

        assertThat(DueTouchCheck.check(enrolled(aHotLead(), campaign.id()), campaign, WORKING, aHotLead(), 1, fridayEvening))
                .isEqualTo(new DueTouchCheck.Reschedule(Instant.parse("2026-11-29T22:00:00Z"),
                        "Outside the sending window (Australia/Sydney): moved to its next opening 2026-11-30T09:00 Australia/Sydney"));
    }

    @Test
    void theBuiltInCampaignsAreOpenAroundTheClockUntilTheirOwnerSetsAWindow() {
        Campaign campaign = inbound();
        Instant sundayNight = Instant.parse("2026-11-22T23:59:59Z");

        assertThat(campaign.settings().sendingWindow()).isEqualTo(SendingWindow.ALWAYS);
        assertThat(DueTouchCheck.check(enrolled(aHotLead(), campaign.id()), campaign, WORKING, aHotLead(), 1, sundayNight))
                .isInstanceOf(DueTouchCheck.Proceed.class);
    }

    @Test
    void builtInFollowUpsAnswerTheThreadAndTheLastSaysItIsTheLast() {
        ScoredLead lead = aHotLead();

        StepMessage second = StepMessage.of(Sequence.BUILT_IN, 2, lead, "Jo, a quick question about Acme Plumbing Supplies");
        StepMessage last = StepMessage.of(Sequence.BUILT_IN, 4, lead, "Jo, a quick question about Acme Plumbing Supplies");

        assertThat(second.draft().subject()).isEqualTo("Re: Jo, a quick question about Acme Plumbing Supplies");
        assertThat(second.draft().body()).startsWith("Hi Jo,").contains("Following up");
        assertThat(last.draft().body()).contains("won't write again");
    }
}
