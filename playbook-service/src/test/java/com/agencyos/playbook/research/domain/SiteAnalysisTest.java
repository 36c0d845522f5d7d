package com.agencyos.playbook.research.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SiteAnalysisTest {

    @Test
    void theVendorProfileQuotesTheSitesOfferProofAndPricingWithTheirPages() {
        VendorProfile vendor = SiteAnalysis.vendor("acme.test", Sites.aSaasVendor());

        assertThat(vendor.name()).isEqualTo("Acme Dispatch");
        assertThat(vendor.offer().text()).startsWith("Acme Dispatch is job scheduling software");
        assertThat(vendor.proof()).extracting(Fact::text).contains(
                "Southern Electrical reduced unpaid invoices by 35% after moving to Acme Dispatch.");
        assertThat(vendor.pricingSignals()).extracting(Fact::sourceUrl).contains("https://acme.test/pricing");
        assertThat(vendor.differentiators()).extracting(Fact::text).anyMatch(t -> t.startsWith("Unlike generic calendars"));
        assertThat(vendor.keyphrases()).isNotEmpty();
        everyFactIsOnItsPage(Stream.of(vendor.valuePropositions(), vendor.products(), vendor.proof(), vendor.pricingSignals(),
                vendor.differentiators()).flatMap(List::stream).toList(), Sites.aSaasVendor());
    }

    @Test
    void theProspectProfileFindsSizeHiringTechnologiesIndustryAndLanguage() {
        ProspectProfile prospect = SiteAnalysis.prospect("bright.test", Sites.aProspect());

        assertThat(prospect.name()).isEqualTo("Bright Plumbing Supplies");
        assertThat(prospect.industry()).isEqualTo("plumbing and trades");
        assertThat(prospect.language()).isEqualTo("en");
        assertThat(prospect.sizeAndGrowth()).extracting(Fact::text).anyMatch(t -> t.contains("140 staff"))
                .anyMatch(t -> t.contains("8,000 plumbing products"));
        assertThat(prospect.hiring()).extracting(Fact::text).anyMatch(t -> t.startsWith("We are hiring"));
        assertThat(prospect.technologies()).extracting(Fact::text).containsExactly("Shopify");
        assertThat(prospect.technologies()).extracting(Fact::sourceUrl).containsExactly("https://bright.test/about");
    }

    @Test
    void aGermanSiteIsRecognisedAsGerman() {
        assertThat(Language.of(Sites.aGermanSite())).isEqualTo("de");
        assertThat(SiteAnalysis.prospect("mueller.test", Sites.aGermanSite()).isEnglish()).isFalse();
    }

    @Test
    void rakeFindsTheSitesRecurringMultiWordPhrases() {
        assertThat(Keyphrases.candidates("Job scheduling software for the trades, with invoices."))
                .containsExactly(List.of("job", "scheduling", "software"), List.of("trades"), List.of("invoices"));
        assertThat(Keyphrases.of(Sites.aSaasVendor(), 10)).contains("job scheduling software");
    }

    static void everyFactIsOnItsPage(List<Fact> facts, List<Page> pages) {
        assertThat(facts).isNotEmpty().allSatisfy(fact -> assertThat(pages)
                .anyMatch(page -> page.url().equals(fact.sourceUrl()) && page.says(fact.text())));
    }
}
