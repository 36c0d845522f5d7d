package com.agencyos.outreach.campaign.adapter.web;

import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.CampaignRuleViolation;
import com.agencyos.outreach.campaign.domain.CampaignSettings;
import com.agencyos.outreach.campaign.domain.ChannelAllocation;
import com.agencyos.outreach.campaign.domain.LeadTier;
import com.agencyos.outreach.campaign.domain.PermissionMode;
import com.agencyos.outreach.campaign.domain.SendingWindow;
import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.Variant;
import com.agencyos.outreach.sending.domain.Channel;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The JSON of the campaigns API and its translation to and from the domain; a bad value names its field. */
final class CampaignBodies {

    private CampaignBodies() {
    }

    record CampaignRequest(String name, SettingsBody settings, SequenceBody sequence) {
    }

    record SettingsBody(String permissionMode, String minimumTier, Map<String, Integer> channelAllocation,
            WindowBody sendingWindow, Boolean waitForPlaybook) {
    }

    /** {@code days} as three-letter lower-case names ({@code mon} … {@code sun}); hours as {@code HH:mm}. */
    record WindowBody(String timeZone, List<String> days, String start, String end) {
    }

    /** {@code source}: {@code built_in} (default days 1, 3, 7, 14), {@code custom} (the steps given) or {@code playbook}. */
    record SequenceBody(String source, List<StepBody> steps) {
    }

    /** A step with one message ({@code subject}, {@code body}) or several {@code variants} with their splits. */
    record StepBody(Integer day, String channel, String subject, String body, List<VariantBody> variants) {
    }

    record VariantBody(String key, Integer split, String subject, String body) {
    }

    record StatusRequest(String status) {
    }

    record CampaignResponse(UUID id, String name, String origin, String sendingMode, String status, SettingsBody settings,
            SequenceBody sequence, Instant createdAt) {

        static CampaignResponse of(Campaign c) {
            CampaignSettings s = c.settings();
            Map<String, Integer> allocation = new LinkedHashMap<>();
            s.channelAllocation().percentages().forEach((channel, percent) -> allocation.put(channel.wireName(), percent));
            SendingWindow w = s.sendingWindow();
            WindowBody window = new WindowBody(w.zone().getId(), w.days().stream().sorted().map(CampaignBodies::dayName).toList(),
                    w.start().toString(), w.end().toString());
            List<StepBody> steps = c.sequence().steps().stream().map(step -> new StepBody(step.day(), step.channel().wireName(),
                    null, null, step.variants().stream().map(v -> new VariantBody(v.key(), v.split(), v.subject(), v.body())).toList()))
                    .toList();
            return new CampaignResponse(c.id(), c.name(), c.origin().wireName(), c.sendingMode().wireName(),
                    c.status().wireName(),
                    new SettingsBody(s.permissionMode().wireName(), s.minimumTier().wireName(), allocation, window,
                            s.waitForPlaybook()),
                    new SequenceBody(c.sequence().source().wireName(), steps), c.createdAt());
        }
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Settings from the request; what it leaves out takes the built-in default and the tenant's permission mode. */
    static CampaignSettings settings(SettingsBody body, PermissionMode tenantDefault) {
        CampaignSettings defaults = CampaignSettings.defaults(tenantDefault);
        if (body == null) {
            return defaults;
        }
        return new CampaignSettings(
                body.permissionMode() == null ? defaults.permissionMode()
                        : named("settings.permissionMode", body.permissionMode(), PermissionMode::fromWire),
                body.minimumTier() == null ? defaults.minimumTier()
                        : named("settings.minimumTier", body.minimumTier(), LeadTier::fromWire),
                body.channelAllocation() == null ? defaults.channelAllocation() : allocation(body.channelAllocation()),
                body.sendingWindow() == null ? defaults.sendingWindow() : window(body.sendingWindow()),
                Boolean.TRUE.equals(body.waitForPlaybook()));
    }

    static Sequence sequence(SequenceBody body) {
        if (body == null) {
            return Sequence.BUILT_IN;
        }
        Sequence.Source source = body.source() == null
                ? (body.steps() == null || body.steps().isEmpty() ? Sequence.Source.BUILT_IN : Sequence.Source.CUSTOM)
                : named("sequence.source", body.source(), Sequence.Source::fromWire);
        return switch (source) {
            case BUILT_IN -> {
                reject(body.steps() != null && !body.steps().isEmpty(), "sequence.steps", "a built-in sequence takes no steps");
                yield Sequence.BUILT_IN;
            }
            case PLAYBOOK -> {
                reject(body.steps() != null && !body.steps().isEmpty(), "sequence.steps",
                        "a playbook sequence takes its steps from the playbook");
                yield Sequence.PLAYBOOK;
            }
            case CUSTOM -> {
                reject(body.steps() == null || body.steps().isEmpty(), "sequence.steps", "a custom sequence needs steps");
                List<SequenceStep> steps = new ArrayList<>();
                for (int i = 0; i < body.steps().size(); i++) {
                    steps.add(step("sequence.steps[" + i + "]", body.steps().get(i)));
                }
                reject(steps.get(0).channel() != Channel.EMAIL, "sequence.steps[0].channel",
                        "the first step must be email: the other channels' adapters are not built yet");
                yield new Sequence(Sequence.Source.CUSTOM, steps);
            }
        };
    }

    private static SequenceStep step(String field, StepBody body) {
        reject(body == null, field, "must not be null");
        reject(body.day() == null, field + ".day", "is required");
        Channel channel = body.channel() == null ? Channel.EMAIL : named(field + ".channel", body.channel(), Channel::fromWire);
        List<Variant> variants;
        if (body.variants() == null || body.variants().isEmpty()) {
            variants = List.of(new Variant("a", 100, body.subject(), body.body()));
        } else {
            reject(body.subject() != null || body.body() != null, field, "give either subject and body, or variants");
            variants = new ArrayList<>();
            for (int i = 0; i < body.variants().size(); i++) {
                VariantBody v = body.variants().get(i);
                reject(v == null || v.split() == null, field + ".variants[" + i + "].split", "is required");
                variants.add(new Variant(v.key(), v.split(), v.subject(), v.body()));
            }
        }
        return new SequenceStep(body.day(), channel, variants);
    }

    private static ChannelAllocation allocation(Map<String, Integer> body) {
        Map<Channel, Integer> percentages = new EnumMap<>(Channel.class);
        body.forEach((channel, percent) -> {
            reject(percent == null, "settings.channelAllocation." + channel, "must be a number");
            percentages.put(named("settings.channelAllocation." + channel, channel, Channel::fromWire), percent);
        });
        return new ChannelAllocation(percentages);
    }

    private static SendingWindow window(WindowBody body) {
        ZoneId zone;
        try {
            zone = ZoneId.of(body.timeZone() == null ? "" : body.timeZone());
        } catch (DateTimeException e) {
            throw new CampaignRuleViolation("settings.sendingWindow.timeZone", "must be an IANA time zone, e.g. Australia/Sydney");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : body.days() == null ? List.<String>of() : body.days()) {
            days.add(EnumSet.allOf(DayOfWeek.class).stream().filter(d -> dayName(d).equals(day)).findFirst()
                    .orElseThrow(() -> new CampaignRuleViolation("settings.sendingWindow.days", "'" + day + "' is not one of mon … sun")));
        }
        return new SendingWindow(zone, days, time("settings.sendingWindow.start", body.start()),
                time("settings.sendingWindow.end", body.end()));
    }

    private static LocalTime time(String field, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value);
        } catch (DateTimeException e) {
            throw new CampaignRuleViolation(field, "must be a time of day as HH:mm");
        }
    }

    private static <T> T named(String field, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CampaignRuleViolation(field, "'" + value + "' is not a known value");
        }
    }

    private static void reject(boolean condition, String field, String message) {
        if (condition) {
            throw new CampaignRuleViolation(field, message);
        }
    }
}
