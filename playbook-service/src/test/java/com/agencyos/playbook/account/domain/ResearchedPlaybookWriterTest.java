package com.agencyos.playbook.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.playbook.research.domain.Page;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.SiteAnalysis;
import com.agencyos.playbook.research.domain.Sites;
import com.agencyos.playbook.research.domain.VendorProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResearchedPlaybookWriterTest {

    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");

    @Test
    void writesThreePersonasWithFourTouchesThatQuoteBothSitesAndKeepMergeFields() {
        ResearchedPlaybook written = write(Sites.aSaasVendor(), Sites.aProspect());

        AccountPlaybook playbook = written.playbook();
        assertThat(playbook.personas()).hasSize(3);
        assertThat(playbook.personas()).allSatisfy(persona -> {
            assertThat(persona.sequence()).extracting(Touch::day).containsExactly(1, 3, 7, 14);
            assertThat(persona.sequence().get(0).body()).contains("{{firstName}}", "{{companyName}}", "{{senderName}}");
        });
        String text = playbook.personas().toString();
        assertThat(text).contains("Bright Plumbing Supplies sells pipes and fittings to licensed plumbers across Queensland.");
        assertThat(playbook.personas()).extracting(p -> p.sequence().get(0).body()).doesNotHaveDuplicates()
                .allMatch(body -> body.contains("Your website says: \u201c"));
        assertThat(text).contains("Acme Dispatch is job scheduling software");
        assertThat(playbook.vendorDomain()).isEqualTo("acme.test");
        assertThat(playbook.companyName()).isEqualTo("Bright Plumbing Supplies");
        assertThat(playbook.confidence()).isGreaterThanOrEqualTo(ResearchedPlaybookWriter.LOW_CONFIDENCE);
        assertThat(playbook.lowConfidenceReasons()).isEmpty();
        assertThat(written.insights().talkTracks()).hasSize(3);
        assertThat(written.insights().battleCards()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(written.insights().executiveSummary()).contains("Bright Plumbing Supplies", "acme.test");
    }

    @Test
    void everyClaimIsASentenceOfTheSiteItNames() {
        List<Page> pages = new ArrayList<>(Sites.aSaasVendor());
        pages.addAll(Sites.aProspect());

        ResearchedPlaybook written = write(Sites.aSaasVendor(), Sites.aProspect());

        assertThat(written.insights().claims()).isNotEmpty().allSatisfy(claim -> assertThat(pages)
                .anyMatch(page -> page.url().equals(claim.sourceUrl()) && page.says(claim.text())));
        String everything = written.playbook().personas().toString() + written.insights();
        for (String quoted : everything.split("\u201c")) {
            if (quoted.contains("\u201d")) {
                String claim = quoted.substring(0, quoted.indexOf('\u201d'));
                assertThat(written.insights().claims()).anyMatch(c -> c.text().equals(claim));
            }
        }
    }

    @Test
    void aOnePageProspectStillGetsAPlaybookFlaggedLowConfidenceWithReasons() {
        ResearchedPlaybook written = write(Sites.aSaasVendor(), Sites.aOnePageSite());

        assertThat(written.playbook().personas()).hasSize(3);
        assertThat(written.insights().lowConfidence()).isTrue();
        assertThat(written.playbook().confidence()).isLessThan(ResearchedPlaybookWriter.LOW_CONFIDENCE);
        assertThat(written.playbook().lowConfidenceReasons()).contains("prospect website: only 1 page(s) could be read")
                .anyMatch(r -> r.startsWith("prospect website returned too little text"));
    }

    @Test
    void aForeignLanguageProspectIsFlaggedAndNotQuotedInEnglishEmails() {
        ResearchedPlaybook written = write(Sites.aSaasVendor(), Sites.aGermanSite());

        assertThat(written.insights().prospectLanguage()).isEqualTo("de");
        assertThat(written.playbook().lowConfidenceReasons()).anyMatch(r -> r.contains("language 'de'"));
        assertThat(written.playbook().personas().toString()).doesNotContain("Familienbetrieb");
    }

    @Test
    void personasFollowWhatTheVendorSells() {
        VendorProfile vendor = SiteAnalysis.vendor("acme.test", Sites.aSaasVendor());
        ProspectProfile prospect = SiteAnalysis.prospect("bright.test", Sites.aProspect());

        assertThat(ResearchedPlaybookWriter.choosePersonas(vendor, prospect)).hasSize(3)
                .contains(DefaultPersona.head_of_operations);
    }

    static ResearchedPlaybook write(List<Page> vendorPages, List<Page> prospectPages) {
        VendorProfile vendor = SiteAnalysis.vendor("acme.test", vendorPages);
        ProspectProfile prospect = SiteAnalysis.prospect(prospectPages.get(0).url().replaceAll("https://|/$", ""), prospectPages);
        return ResearchedPlaybookWriter.write(UUID.randomUUID(), UUID.randomUUID(), vendor, prospect,
                ResearchedPlaybookWriter.choosePersonas(vendor, prospect), List.of(), NOW);
    }
}
