package com.agencyos.enrichment.lead.adapter.provider.website;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.application.ProviderResult;
import com.agencyos.enrichment.lead.domain.CallOutcome;
import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import com.agencyos.enrichment.support.FakeHttpServer;
import com.agencyos.enrichment.support.FixtureSites;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The built-in website provider against local fixture sites (no Spring: a provider and an HTTP server). */
class WebsiteProviderIT {

    static final FakeHttpServer SERVER = new FakeHttpServer();
    static final Map<String, String> OVERRIDES = FixtureSites.serve(SERVER);

    static WebsiteProvider provider(boolean allowPrivate) {
        return new WebsiteProvider(new EnrichmentProperties.Website(true, allowPrivate, Duration.ofSeconds(3), 1_000_000, 3,
                3, "AgencyOSBot/1.0", Duration.ofSeconds(10), 4, OVERRIDES), Clock.systemUTC());
    }

    static ProviderResult visit(String site) {
        return provider(true).fetch(new LeadQuery("jo@" + site, null, null, null, null, site, "https://" + site + "/", null))
                .block(Duration.ofSeconds(30));
    }

    static Object field(ProviderResult result, Field field) {
        var sourced = result.answer().values().get(field);
        return sourced == null ? null : sourced.value();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void aRichSiteYieldsNameDescriptionLocationLinkedinIndustryHiringAndTechnologies() {
        ProviderResult result = visit("rich.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(result.costMicros()).isZero();
        assertThat(field(result, Field.COMPANY_NAME)).isEqualTo("Acme Plumbing Supplies");
        assertThat((String) field(result, Field.DESCRIPTION)).startsWith("Family-owned plumbing");
        assertThat(field(result, Field.CITY)).isEqualTo("Dandenong South");
        assertThat(field(result, Field.COMPANY_COUNTRY)).isEqualTo("AU");
        assertThat(field(result, Field.COMPANY_LINKEDIN_URL)).isEqualTo("https://www.linkedin.com/company/acme-plumbing-supplies/");
        assertThat(field(result, Field.INDUSTRY)).isEqualTo("Construction");
        assertThat(field(result, Field.HIRING)).isEqualTo(true);
        assertThat(field(result, Field.TECHNOLOGIES)).isEqualTo(List.of("Shopify", "Google Analytics", "HubSpot"));
        assertThat(field(result, Field.WEBSITE_REACHABLE)).isEqualTo(true);
        assertThat(result.answer().values().get(Field.DESCRIPTION).provider()).isEqualTo("website");
        assertThat(SERVER.hits("/sites/rich/robots.txt")).isPositive();
        assertThat(SERVER.hits("/sites/rich/careers")).isPositive();
    }

    @Test
    void aSparseSiteGivesOnlyWhatItHasAndNoHiringSignal() {
        ProviderResult result = visit("sparse.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(field(result, Field.COMPANY_NAME)).isEqualTo("Sparse Co");
        assertThat(field(result, Field.DESCRIPTION)).isNull();
        assertThat(field(result, Field.HIRING)).isNull();
        assertThat(field(result, Field.TECHNOLOGIES)).isNull();
    }

    @Test
    void aSiteWithoutACareersPageLeavesHiringUnknownButStillReadsTheAboutPage() {
        ProviderResult result = visit("nocareers.test");

        assertThat(field(result, Field.HIRING)).isNull();
        assertThat(field(result, Field.INDUSTRY)).isEqualTo("Marketing");
        assertThat(field(result, Field.COMPANY_COUNTRY)).isEqualTo("NZ");
        assertThat(field(result, Field.TECHNOLOGIES)).isEqualTo(List.of("WordPress"));
        assertThat(field(result, Field.COMPANY_NAME)).isEqualTo("Brightside Digital");
    }

    @Test
    void aCareersPageWithNoOpeningsSaysTheCompanyIsNotHiring() {
        assertThat(field(visit("closedcareers.test"), Field.HIRING)).isEqualTo(false);
    }

    @Test
    void aRedirectLoopStopsAtTheRedirectLimitAndReportsTheSiteUnreachable() {
        ProviderResult result = visit("loop.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.error);
        assertThat(field(result, Field.WEBSITE_REACHABLE)).isEqualTo(false);
        assertThat(SERVER.totalHits("/sites/loop/") - SERVER.hits("/sites/loop/robots.txt")).isEqualTo(4);
    }

    @Test
    void aHugePageIsReadOnlyUpToTheSizeCap() {
        long started = System.nanoTime();
        ProviderResult result = visit("huge.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(field(result, Field.COMPANY_NAME)).isEqualTo("Huge Page");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aNonHtmlAnswerMeansReachableButNothingToRead() {
        ProviderResult result = visit("pdf.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.miss);
        assertThat(result.answer().values()).containsOnlyKeys(Field.WEBSITE_REACHABLE);
        assertThat(field(result, Field.WEBSITE_REACHABLE)).isEqualTo(true);
    }

    @Test
    void anUnreachableHostIsReportedAsSuch() {
        ProviderResult result = visit("unreachable.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.error);
        assertThat(field(result, Field.WEBSITE_REACHABLE)).isEqualTo(false);
    }

    @Test
    void aSiteWhoseRobotsTxtDisallowsUsIsNotFetched() {
        ProviderResult result = visit("robotsblocked.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.skipped);
        assertThat(SERVER.hits("/sites/robotsblocked/")).isZero();
    }

    @Test
    void aSiteThatDoesNotAnswerInTimeIsGivenUp() {
        ProviderResult result = visit("slow.test");

        assertThat(result.outcome()).isEqualTo(CallOutcome.error);
        assertThat(field(result, Field.WEBSITE_REACHABLE)).isEqualTo(false);
    }

    @Test
    void privateAndLoopbackAddressesAreRefusedUnlessAllowed() {
        ProviderResult result = provider(false)
                .fetch(new LeadQuery("jo@rich.test", null, null, null, null, "rich.test", "https://rich.test/", null))
                .block(Duration.ofSeconds(30));

        assertThat(result.outcome()).isEqualTo(CallOutcome.error);
        assertThat(field(result, Field.WEBSITE_REACHABLE)).isEqualTo(false);
    }
}
