package com.agencyos.outreach.playbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlaybookTest {

    static final UUID WAITING = UUID.randomUUID();

    static Playbook.Persona persona(String title, String subject, int... days) {
        List<Playbook.SequenceTouch> touches = java.util.Arrays.stream(days)
                .mapToObj(day -> new Playbook.SequenceTouch(day, subject + " " + day, "Hi {{firstName|there}}, day " + day)).toList();
        return new Playbook.Persona(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), title, List.of(), touches);
    }

    static Playbook playbook(Playbook.Persona... personas) {
        return new Playbook(UUID.randomUUID(), UUID.randomUUID(), "agency.com.au", "acme.com.au", 0.8, "builtin",
                Instant.parse("2026-11-24T01:00:00Z"), List.of(WAITING), List.of(personas));
    }

    @Test
    void aPlaybookIsForTheLeadsItNamesAndForLeadsAtItsProspectsDomain() {
        Playbook playbook = playbook();

        assertThat(playbook.isFor(WAITING, null)).isTrue();
        assertThat(playbook.isFor(UUID.randomUUID(), " ACME.com.au")).isTrue();
        assertThat(playbook.isFor(UUID.randomUUID(), "globex.com")).isFalse();
        assertThat(playbook.isFor(UUID.randomUUID(), null)).isFalse();
    }

    @Test
    void theLeadsPersonaIsTheOneWithItsTitleElseOneContainingItElseTheFirst() {
        Playbook playbook = playbook(persona("Operations Manager", "ops", 1, 4), persona("Managing Director", "md", 1, 3, 7));

        Sequence md = playbook.sequenceFor("managing director").orElseThrow();
        assertThat(md.source()).isEqualTo(Sequence.Source.CUSTOM);
        assertThat(md.steps()).extracting(step -> step.day()).containsExactly(1, 3, 7);
        assertThat(md.steps()).allSatisfy(step -> assertThat(step.channel()).isEqualTo(Channel.EMAIL));
        assertThat(md.step(2).orElseThrow().variants()).singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo(Playbook.VARIANT))
                .satisfies(v -> assertThat(v.subject()).isEqualTo("md 3"))
                .satisfies(v -> assertThat(v.split()).isEqualTo(100));
        assertThat(playbook.sequenceFor("Senior Operations Manager, NSW").orElseThrow().step(1).orElseThrow().variants().getFirst().subject())
                .isEqualTo("ops 1");
        assertThat(playbook.sequenceFor("Chef").orElseThrow().step(1).orElseThrow().variants().getFirst().subject()).isEqualTo("ops 1");
        assertThat(playbook.sequenceFor(null).orElseThrow().step(1).orElseThrow().variants().getFirst().subject()).isEqualTo("ops 1");
    }

    @Test
    void aPersonaWithAnUnusableSequenceIsPassedOverAndNoUsableOneMeansNone() {
        Playbook.Persona unknownField = new Playbook.Persona("md", "Managing Director", List.of(),
                List.of(new Playbook.SequenceTouch(1, "{{painPoint}} at {{companyName}}", "Hi")));
        Playbook.Persona daysGoBack = persona("Managing Director", "md", 3, 1);
        Playbook.Persona empty = new Playbook.Persona("ops", "Operations Manager", List.of(), List.of());

        assertThat(playbook(unknownField, daysGoBack, persona("Owner", "owner", 1, 2)).sequenceFor("Managing Director").orElseThrow()
                .step(1).orElseThrow().variants().getFirst().subject()).isEqualTo("owner 1");
        assertThat(playbook(unknownField, daysGoBack, empty).sequenceFor("Managing Director")).isEmpty();
        assertThat(playbook().sequenceFor("Managing Director")).isEmpty();
    }
}
