package com.agencyos.outreach.campaign.domain;

import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Campaigns and sequences as a tenant would write them. */
final class Campaigns {

    static final UUID TENANT = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final Instant NOW = Instant.parse("2026-11-23T22:00:00Z");

    private Campaigns() {
    }

    static Campaign aDraftCampaign() {
        return Campaign.create(UUID.randomUUID(), TENANT, "Plumbers in Sydney", CampaignSettings.defaults(PermissionMode.CO_PILOT),
                Sequence.BUILT_IN, NOW);
    }

    static Campaign a(CampaignStatus status) {
        Campaign draft = aDraftCampaign();
        return switch (status) {
            case DRAFT -> draft;
            case ACTIVE -> draft.movedTo(CampaignStatus.ACTIVE);
            case PAUSED -> draft.movedTo(CampaignStatus.ACTIVE).movedTo(CampaignStatus.PAUSED);
            case COMPLETED -> draft.movedTo(CampaignStatus.ACTIVE).movedTo(CampaignStatus.COMPLETED);
        };
    }

    static Variant variant(String key, int split) {
        return new Variant(key, split, "{{firstName|Hi}}, " + key, "Hello {{firstName|there}} at {{companyName}}");
    }

    static SequenceStep emailStep(int day, Variant... variants) {
        return new SequenceStep(day, Channel.EMAIL, List.of(variants));
    }

    static Sequence customSequence(SequenceStep... steps) {
        return new Sequence(Sequence.Source.CUSTOM, List.of(steps));
    }

    static CampaignSettings settingsWith(Map<Channel, Integer> allocation) {
        CampaignSettings d = CampaignSettings.defaults(PermissionMode.AUTOPILOT);
        return new CampaignSettings(d.permissionMode(), d.minimumTier(), new ChannelAllocation(allocation), d.sendingWindow(),
                false);
    }
}
