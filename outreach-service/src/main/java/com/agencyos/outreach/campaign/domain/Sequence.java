package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.CampaignRuleViolation.require;

import com.agencyos.outreach.sending.domain.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's ordered steps. {@code BUILT_IN}: email on days 1, 3, 7 and 14 with the service's own copy.
 * {@code CUSTOM}: steps the tenant wrote. {@code PLAYBOOK}: the steps of the account playbook's sequence for the
 * lead's persona (no steps are stored).
 */
public record Sequence(Source source, List<SequenceStep> steps) {

    public static final int MAX_STEPS = 20;
    public static final List<Integer> DEFAULT_DAYS = List.of(1, 3, 7, 14);
    public static final Sequence BUILT_IN = new Sequence(Source.BUILT_IN,
            DEFAULT_DAYS.stream().map(day -> new SequenceStep(day, Channel.EMAIL, List.of())).toList());
    public static final Sequence PLAYBOOK = new Sequence(Source.PLAYBOOK, List.of());

    public enum Source {
        BUILT_IN, CUSTOM, PLAYBOOK;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Source fromWire(String wireName) {
            return valueOf(wireName.toUpperCase(Locale.ROOT));
        }
    }

    public Sequence {
        Objects.requireNonNull(source, "source");
        steps = List.copyOf(steps);
        if (source == Source.PLAYBOOK) {
            require(steps.isEmpty(), "sequence.steps", "a playbook sequence takes its steps from the playbook");
        } else {
            require(!steps.isEmpty() && steps.size() <= MAX_STEPS, "sequence.steps", "needs between 1 and " + MAX_STEPS + " steps");
        }
        int previousDay = 0;
        for (int i = 0; i < steps.size(); i++) {
            SequenceStep step = steps.get(i);
            String field = "sequence.steps[" + i + "]";
            if (source == Source.CUSTOM) {
                require(!step.variants().isEmpty(), field + ".variants", "a custom step needs its message");
            }
            step.check(field);
            require(step.day() > previousDay, field + ".day", "must come after the previous step's day " + previousDay);
            previousDay = step.day();
        }
    }

    /** The step with the given 1-based number, if the sequence has that many. */
    public Optional<SequenceStep> step(int number) {
        return number >= 1 && number <= steps.size() ? Optional.of(steps.get(number - 1)) : Optional.empty();
    }
}
