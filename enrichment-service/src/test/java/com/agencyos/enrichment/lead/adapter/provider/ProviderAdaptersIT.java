package com.agencyos.enrichment.lead.adapter.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.application.ProviderResult;
import com.agencyos.enrichment.lead.domain.CallOutcome;
import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import com.agencyos.enrichment.support.FakeHttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each paid provider's adapter against a fake speaking its documented format, and what each kind of failure becomes:
 * the call always completes with an outcome, so the waterfall moves on. No Spring: adapters and an HTTP server.
 */
class ProviderAdaptersIT {

    static final LeadQuery JO = new LeadQuery("jo.bloggs@acme.com.au", "Jo", "Bloggs", null, "Acme", "acme.com.au",
            "https://acme.com.au/", null);
    static final EnrichmentProperties.Resilience FAST = new EnrichmentProperties.Resilience(Duration.ofMillis(800), 3,
            Duration.ofMillis(20), Duration.ofSeconds(3), 4, Duration.ofMillis(100), 50, 4, 4, Duration.ofMinutes(5));

    final FakeHttpServer server = new FakeHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    EnrichmentProperties.Api api(String key) {
        return new EnrichmentProperties.Api(server.baseUrl(), key, 15_000, 30_000);
    }

    static Object field(ProviderResult result, Field field) {
        var sourced = result.answer().values().get(field);
        return sourced == null ? null : sourced.value();
    }

    @Test
    void hunterVerifiesTheMailboxAndFindsTheTitleWithTheKeyInTheQuery() {
        server.on("/v2/email-verifier", r -> r.json(200, """
                {"data":{"status":"valid","result":"deliverable","score":97,"email":"jo.bloggs@acme.com.au"},"meta":{}}"""));
        server.on("/v2/email-finder", r -> r.json(200, """
                {"data":{"first_name":"Jo","last_name":"Bloggs","email":"jo.bloggs@acme.com.au","score":91,
                 "domain":"acme.com.au","position":"Managing Director","linkedin_url":"https://www.linkedin.com/in/jo-bloggs",
                 "company":"Acme Plumbing"},"meta":{}}"""));
        var hunter = new HunterProvider(api("hunter-key"), FAST, Clock.systemUTC());

        ProviderResult result = hunter.fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(result.costMicros()).isEqualTo(45_000);
        assertThat(field(result, Field.EMAIL_VERIFIED)).isEqualTo(true);
        assertThat(result.answer().values().get(Field.EMAIL_VERIFIED).confidence()).isEqualTo(0.97);
        assertThat(field(result, Field.TITLE)).isEqualTo("Managing Director");
        assertThat(field(result, Field.LINKEDIN_URL)).isEqualTo("https://www.linkedin.com/in/jo-bloggs");
        assertThat(server.bodies()).allMatch(String::isEmpty);
    }

    @Test
    void aProviderWithoutAKeyIsDisabled() {
        assertThat(new HunterProvider(api(""), FAST, Clock.systemUTC()).enabled()).isFalse();
        assertThat(new ApolloProvider(api(null), FAST, Clock.systemUTC()).enabled()).isFalse();
        assertThat(new HunterProvider(api("k"), FAST, Clock.systemUTC()).enabled()).isTrue();
    }

    @Test
    void apolloMatchesThePersonWithTheirOrganisation() {
        server.on("/api/v1/people/match", r -> {
            assertThat(r.header("x-api-key")).isEqualTo("apollo-key");
            r.json(200, """
                    {"person":{"id":"p1","first_name":"Jo","last_name":"Bloggs","title":"Managing Director",
                     "linkedin_url":"http://www.linkedin.com/in/jo-bloggs","country":"Australia",
                     "employment_history":[{"current":false,"start_date":"2012-01-01"},{"current":true,"start_date":"2019-03-01"}],
                     "organization":{"name":"Acme Plumbing Supplies Pty Ltd","primary_domain":"acme.com.au","industry":"construction",
                      "estimated_num_employees":38,"city":"Dandenong South","country":"Australia",
                      "latest_funding_round_date":"2024-05-01T00:00:00.000+00:00","technology_names":["Shopify","HubSpot"]}}}""");
        });
        ProviderResult result = new ApolloProvider(api("apollo-key"), FAST, Clock.systemUTC()).fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(result.costMicros()).isEqualTo(15_000);
        assertThat(field(result, Field.EMPLOYMENT_START_DATE)).isEqualTo(LocalDate.parse("2019-03-01"));
        assertThat(field(result, Field.COMPANY_NAME)).isEqualTo("Acme Plumbing Supplies");
        assertThat(field(result, Field.INDUSTRY)).isEqualTo("Construction");
        assertThat(field(result, Field.EMPLOYEE_COUNT)).isEqualTo(38);
        assertThat(field(result, Field.COMPANY_COUNTRY)).isEqualTo("AU");
        assertThat(field(result, Field.LATEST_FUNDING_DATE)).isEqualTo(LocalDate.parse("2024-05-01"));
        assertThat(field(result, Field.TECHNOLOGIES)).isEqualTo(List.of("Shopify", "HubSpot"));
        assertThat(server.bodies().get(0)).contains("\"email\":\"jo.bloggs@acme.com.au\"").contains("\"domain\":\"acme.com.au\"");
    }

    @Test
    void apolloFallsBackToOrganisationEnrichmentWhenNobodyMatches() {
        server.on("/api/v1/people/match", r -> r.json(200, "{\"person\":null}"));
        server.on("/api/v1/organizations/enrich", r -> r.json(200, """
                {"organization":{"name":"Acme","industry":"construction","estimated_num_employees":40}}"""));
        ProviderResult result = new ApolloProvider(api("k"), FAST, Clock.systemUTC()).fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(result.costMicros()).isEqualTo(45_000);
        assertThat(field(result, Field.EMPLOYEE_COUNT)).isEqualTo(40);
        assertThat(field(result, Field.TITLE)).isNull();
    }

    @Test
    void dataForSeoReportsRankTrafficKeywordsAndSpamScoreWithBasicAuth() {
        server.on("/v3/dataforseo_labs/google/domain_rank_overview/live", r -> {
            assertThat(r.header("Authorization")).isEqualTo("Basic bG9naW46cGFzc3dvcmQ=");
            r.json(200, """
                    {"status_code":20000,"tasks":[{"status_code":20000,"result":[{"target":"acme.com.au","items":[
                     {"metrics":{"organic":{"pos_1":2,"pos_2_3":4,"pos_4_10":8,"etv":860.4,"count":120}}}]}]}]}""");
        });
        server.on("/v3/backlinks/summary/live", r -> r.json(200, """
                {"status_code":20000,"tasks":[{"status_code":20000,"result":[{"target":"acme.com.au","rank":212,"backlinks_spam_score":3}]}]}"""));
        var seo = new DataForSeoProvider(api("login:password"), FAST, Clock.systemUTC(), 2036);

        ProviderResult result = seo.fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(field(result, Field.DOMAIN_RANK)).isEqualTo(212);
        assertThat(field(result, Field.ORGANIC_TRAFFIC)).isEqualTo(860.4);
        assertThat(field(result, Field.TOP10_KEYWORDS)).isEqualTo(14);
        assertThat(field(result, Field.SPAM_SCORE)).isEqualTo(3.0);
        assertThat(server.bodies().get(0)).startsWith("[").contains("\"target\":\"acme.com.au\"").contains("\"location_code\":2036");
    }

    @Test
    void thePremiumProviderSendsABearerTokenAndReadsPersonAndCompany() {
        server.on("/v1/enrich/person", r -> {
            assertThat(r.header("Authorization")).isEqualTo("Bearer premium-key");
            r.json(200, """
                    {"person":{"title":"Director","linkedin_url":"https://www.linkedin.com/in/jo"},
                     "company":{"name":"Acme","industry":"Construction","employee_count":38}}""");
        });
        ProviderResult result = new PremiumProvider(api("premium-key"), FAST, Clock.systemUTC()).fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(field(result, Field.TITLE)).isEqualTo("Director");
        assertThat(result.answer().values().get(Field.TITLE).confidence()).isEqualTo(0.9);
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterItNames() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/v2/email-verifier", r -> {
            if (calls.incrementAndGet() == 1) {
                r.status(429, Map.of("Retry-After", "1"));
            } else {
                r.json(200, "{\"data\":{\"status\":\"invalid\",\"score\":80}}");
            }
        });
        long started = System.nanoTime();
        ProviderResult result = new HunterProvider(api("k"), FAST, Clock.systemUTC())
                .fetch(new LeadQuery("x@acme.com.au", null, null, null, null, null, null, null)).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.hit);
        assertThat(field(result, Field.EMAIL_VERIFIED)).isEqualTo(false);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void fiveHundredsAreRetriedThenReportedAsAnErrorWithoutCost() {
        server.on("/v2/email-verifier", r -> r.status(503, Map.of()));
        ProviderResult result = new HunterProvider(api("k"), FAST, Clock.systemUTC())
                .fetch(new LeadQuery("x@acme.com.au", null, null, null, null, null, null, null)).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.error);
        assertThat(result.costMicros()).isZero();
        assertThat(server.hits("/v2/email-verifier")).isEqualTo(3);
    }

    @Test
    void aMalformedBodyIsAnErrorAndIsNotRetried() {
        server.on("/api/v1/people/match", r -> r.json(200, "{\"person\": {\"title\": "));
        ProviderResult result = new ApolloProvider(api("k"), FAST, Clock.systemUTC()).fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.error);
        assertThat(server.hits("/api/v1/people/match")).isEqualTo(1);
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeIsATimeout() {
        server.on("/v1/enrich/person", r -> {
            r.stall(2_500);
            r.json(200, "{}");
        });
        var slow = new EnrichmentProperties.Resilience(Duration.ofMillis(300), 1, Duration.ofMillis(20), Duration.ofSeconds(1),
                4, Duration.ofMillis(100), 50, 4, 4, Duration.ofMinutes(5));
        long started = System.nanoTime();
        ProviderResult result = new PremiumProvider(api("k"), slow, Clock.systemUTC()).fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.timeout);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_000));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndLaterCallsDoNotReachTheProvider() {
        server.on("/v1/enrich/person", r -> r.status(500, Map.of()));
        var noRetry = new EnrichmentProperties.Resilience(Duration.ofSeconds(1), 1, Duration.ofMillis(20), Duration.ofSeconds(1),
                4, Duration.ofMillis(100), 50, 4, 4, Duration.ofMinutes(5));
        var premium = new PremiumProvider(api("k"), noRetry, Clock.systemUTC());
        for (int i = 0; i < 4; i++) {
            assertThat(premium.fetch(JO).block().outcome()).isEqualTo(CallOutcome.error);
        }
        assertThat(premium.resilience().circuit()).isEqualTo(CircuitBreaker.State.OPEN);

        ProviderResult refused = premium.fetch(JO).block();

        assertThat(refused.outcome()).isEqualTo(CallOutcome.circuit_open);
        assertThat(server.hits("/v1/enrich/person")).isEqualTo(4);
    }

    @Test
    void notFoundMeansTheProviderKnowsNothingAndIsStillPaid() {
        server.on("/v1/enrich/person", r -> r.status(404, Map.of()));
        ProviderResult result = new PremiumProvider(api("k"), FAST, Clock.systemUTC()).fetch(JO).block();

        assertThat(result.outcome()).isEqualTo(CallOutcome.miss);
        assertThat(result.costMicros()).isEqualTo(15_000);
    }
}
