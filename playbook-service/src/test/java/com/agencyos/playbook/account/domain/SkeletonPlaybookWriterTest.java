package com.agencyos.playbook.account.domain;

import static com.agencyos.playbook.account.domain.ScoredLeads.aHotLeadFrom;
import static com.agencyos.playbook.account.domain.ScoredLeads.aLeadTitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SkeletonPlaybookWriterTest {

    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    static final ProspectDomain ACME = new ProspectDomain("acme.com.au");

    static AccountPlaybook writtenFor(ScoredLead lead) {
        return SkeletonPlaybookWriter.write(UUID.randomUUID(), lead, ACME, NOW);
    }

    @Test
    void saysHonestlyThatNoResearchWentIntoIt() {
        AccountPlaybook playbook = writtenFor(aHotLeadFrom("acme.com.au"));

        assertThat(playbook.generator()).isEqualTo(Generator.builtin);
        assertThat(playbook.confidence()).isEqualTo(0.2);
        assertThat(playbook.lowConfidenceReasons()).containsExactly("skeleton: no web research yet");
        assertThat(playbook.vendorDomain()).isEqualTo("unknown.invalid");
        assertThat(playbook.prospectDomain()).isEqualTo(ACME);
        assertThat(playbook.companyName()).isEqualTo("Acme Plumbing Supplies");
        assertThat(playbook.generatedAt()).isEqualTo(NOW);
    }

    @Test
    void writesThreePersonasEachWithTouchesOnDaysOneThreeSevenAndFourteen() {
        AccountPlaybook playbook = writtenFor(aHotLeadFrom("acme.com.au"));

        assertThat(playbook.personas()).hasSize(3).allSatisfy(persona -> {
            assertThat(persona.sequence()).extracting(Touch::day).containsExactly(1, 3, 7, 14);
            assertThat(persona.pains()).isNotEmpty();
        });
        assertThat(playbook.personas()).extracting(Persona::key).doesNotHaveDuplicates();
    }

    @Test
    void leavesMergeFieldsInPlaceForOutreachToFill() {
        AccountPlaybook playbook = writtenFor(aHotLeadFrom("acme.com.au"));

        assertThat(playbook.personas()).flatExtracting(Persona::sequence).allSatisfy(touch -> {
            assertThat(touch.body()).contains("{{firstName}}", "{{senderName}}").doesNotContain("Acme");
            assertThat(touch.subject()).doesNotContain("Acme");
        });
        assertThat(playbook.personas().getFirst().sequence().getFirst().body()).contains("{{companyName}}");
    }

    @Test
    void putsThePersonaOfTheLeadsOwnFunctionFirst() {
        assertThat(writtenFor(aLeadTitled("Head of Sales")).personas()).extracting(Persona::key)
                .containsExactly("head_of_sales", "managing_director", "head_of_marketing");
        assertThat(writtenFor(aLeadTitled("CFO")).personas()).extracting(Persona::key)
                .containsExactly("finance_director", "managing_director", "head_of_operations");
        assertThat(writtenFor(aLeadTitled("Founder")).personas().getFirst().title()).isEqualTo("Managing Director");
        assertThat(writtenFor(aLeadTitled("Founder")).titleFamily()).isEqualTo(TitleFamily.executive);
    }

    @Test
    void aLeadWithoutATitleGetsTheGeneralBuyingGroup() {
        assertThat(writtenFor(aLeadTitled(null)).personas()).extracting(Persona::key)
                .containsExactly("managing_director", "head_of_sales", "head_of_operations");
    }

    @Test
    void everyTitleFamilyHasThreeDistinctPersonas() {
        for (TitleFamily family : TitleFamily.values()) {
            assertThat(DefaultPersona.forFamily(family)).as(family.name()).hasSize(3).doesNotHaveDuplicates();
        }
    }

    @Test
    void aSequenceIsExactlyFourTouchesInDayOrder() {
        Touch day1 = new Touch(1, "s", "b");
        Touch day3 = new Touch(3, "s", "b");
        assertThatThrownBy(() -> new Persona("k", "t", List.of(), List.of(day1, day3, new Touch(7, "s", "b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Persona("k", "t", List.of(), List.of(day3, day1, new Touch(7, "s", "b"),
                new Touch(14, "s", "b")))).isInstanceOf(IllegalArgumentException.class);
    }
}
