package com.agencyos.enrichment.lead.adapter.provider;

import static com.agencyos.enrichment.lead.adapter.provider.ProviderHttp.number;
import static com.agencyos.enrichment.lead.adapter.provider.ProviderHttp.text;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.application.ProviderResult;
import com.agencyos.enrichment.lead.domain.CacheKey;
import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import com.agencyos.enrichment.lead.domain.Normalisation;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Apollo API v1, header {@code x-api-key}: People Match {@code POST /api/v1/people/match} with email, names, domain
 * and organisation name (answer {@code person} with title, linkedin_url, country, employment_history and
 * {@code organization}); when nobody matches and the lead has a domain, Organization Enrichment
 * {@code GET /api/v1/organizations/enrich?domain=} (answer {@code organization}).
 */
class ApolloProvider extends HttpProvider {

    ApolloProvider(EnrichmentProperties.Api settings, EnrichmentProperties.Resilience resilience, Clock clock) {
        super("apollo", settings, resilience, clock);
    }

    @Override
    public int tier() {
        return 1;
    }

    @Override
    public CacheKey.Scope scope() {
        return CacheKey.Scope.person;
    }

    @Override
    public boolean appliesTo(LeadQuery query) {
        return query.email() != null;
    }

    @Override
    protected Mono<ProviderResult> call(LeadQuery query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", query.email());
        body.put("first_name", query.firstName());
        body.put("last_name", query.lastName());
        body.put("domain", query.domain());
        body.put("organization_name", query.companyName());
        body.put("reveal_personal_emails", false);
        var match = request(uri("/api/v1/people/match", Map.of())).header("x-api-key", settings.apiKey())
                .header("Content-Type", "application/json").POST(json(body)).build();
        return send(match).map(node -> node.path("person")).filter(person -> person.isObject())
                .map(person -> {
                    ProviderAnswer.Builder answer = answer();
                    person(answer, person);
                    organization(answer, person.path("organization"));
                    return result(answer.build(), settings.costMicros());
                })
                .switchIfEmpty(Mono.defer(() -> query.domain() == null
                        ? Mono.just(result(answer().build(), settings.costMicros()))
                        : send(request(uri("/api/v1/organizations/enrich", Map.of("domain", query.domain())))
                                .header("x-api-key", settings.apiKey()).GET().build())
                                .map(node -> {
                                    ProviderAnswer.Builder answer = answer();
                                    organization(answer, node.path("organization"));
                                    return result(answer.build(), settings.costMicros() + settings.extraCostMicros());
                                })
                                .defaultIfEmpty(result(answer().build(), settings.costMicros() + settings.extraCostMicros()))));
    }

    private static void person(ProviderAnswer.Builder answer, JsonNode person) {
        answer.put(Field.FIRST_NAME, text(person, "first_name"), 0.85)
                .put(Field.LAST_NAME, text(person, "last_name"), 0.85)
                .put(Field.TITLE, text(person, "title"), 0.85)
                .put(Field.LINKEDIN_URL, text(person, "linkedin_url"), 0.9)
                .put(Field.CONTACT_COUNTRY, country(text(person, "country")), 0.8);
        for (JsonNode job : person.path("employment_history")) {
            if (job.path("current").asBoolean(false)) {
                answer.put(Field.EMPLOYMENT_START_DATE, text(job, "start_date"), 0.85);
                break;
            }
        }
    }

    private static void organization(ProviderAnswer.Builder answer, JsonNode org) {
        if (!org.isObject()) {
            return;
        }
        List<String> technologies = new ArrayList<>();
        org.path("technology_names").forEach(t -> technologies.add(t.asString()));
        Double employees = number(org, "estimated_num_employees");
        answer.put(Field.COMPANY_NAME, Normalisation.cleanCompanyName(text(org, "name")), 0.85)
                .put(Field.COMPANY_DOMAIN, text(org, "primary_domain"), 0.85)
                .put(Field.WEBSITE, text(org, "website_url"), 0.85)
                .put(Field.INDUSTRY, capitalise(text(org, "industry")), 0.9)
                .put(Field.EMPLOYEE_COUNT, employees == null ? null : employees.intValue(), 0.8)
                .put(Field.COMPANY_COUNTRY, country(text(org, "country")), 0.85)
                .put(Field.CITY, text(org, "city"), 0.85)
                .put(Field.DESCRIPTION, text(org, "short_description"), 0.8)
                .put(Field.LATEST_FUNDING_DATE, date(text(org, "latest_funding_round_date")), 0.85)
                .put(Field.TECHNOLOGIES, technologies, 0.75)
                .put(Field.COMPANY_LINKEDIN_URL, text(org, "linkedin_url"), 0.9);
    }

    private static String country(String name) {
        String code = Normalisation.countryCode(name);
        return code != null ? code : name;
    }

    /** Apollo sends timestamps like {@code 2024-05-01T00:00:00.000+00:00}; the event wants the date. */
    private static String date(String value) {
        return value == null || value.length() < 10 ? null : value.substring(0, 10);
    }

    private static String capitalise(String value) {
        return value == null || value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
