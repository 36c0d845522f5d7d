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
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Tier 2, a Clay-style premium enrichment endpoint: {@code POST /v1/enrich/person} with {@code Authorization: Bearer}
 * and {@code {email, first_name, last_name, company_name, company_domain, linkedin_url}}; the answer carries
 * {@code person {title, linkedin_url, country, employment_start_date}} and {@code company {name, domain, industry,
 * employee_count, country, city, description, latest_funding_date}}.
 */
class PremiumProvider extends HttpProvider {

    PremiumProvider(EnrichmentProperties.Api settings, EnrichmentProperties.Resilience resilience, Clock clock) {
        super("premium", settings, resilience, clock);
    }

    @Override
    public int tier() {
        return 2;
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
        body.put("company_name", query.companyName());
        body.put("company_domain", query.domain());
        body.put("linkedin_url", query.linkedinUrl());
        return send(request(uri("/v1/enrich/person", Map.of())).header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json").POST(json(body)).build())
                .map(node -> {
                    ProviderAnswer.Builder answer = answer();
                    JsonNode person = node.path("person");
                    JsonNode company = node.path("company");
                    Double employees = number(company, "employee_count");
                    answer.put(Field.FIRST_NAME, text(person, "first_name"), 0.9)
                            .put(Field.LAST_NAME, text(person, "last_name"), 0.9)
                            .put(Field.TITLE, text(person, "title"), 0.9)
                            .put(Field.LINKEDIN_URL, text(person, "linkedin_url"), 0.9)
                            .put(Field.CONTACT_COUNTRY, text(person, "country"), 0.85)
                            .put(Field.EMPLOYMENT_START_DATE, text(person, "employment_start_date"), 0.85)
                            .put(Field.COMPANY_NAME, Normalisation.cleanCompanyName(text(company, "name")), 0.9)
                            .put(Field.COMPANY_DOMAIN, text(company, "domain"), 0.9)
                            .put(Field.INDUSTRY, text(company, "industry"), 0.9)
                            .put(Field.EMPLOYEE_COUNT, employees == null ? null : employees.intValue(), 0.9)
                            .put(Field.COMPANY_COUNTRY, text(company, "country"), 0.9)
                            .put(Field.CITY, text(company, "city"), 0.9)
                            .put(Field.DESCRIPTION, text(company, "description"), 0.85)
                            .put(Field.LATEST_FUNDING_DATE, text(company, "latest_funding_date"), 0.85);
                    return result(answer.build(), settings.costMicros());
                })
                .defaultIfEmpty(result(answer().build(), settings.costMicros()));
    }
}
