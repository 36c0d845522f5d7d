package com.agencyos.enrichment.lead.adapter.provider;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.adapter.provider.website.WebsiteProvider;
import com.agencyos.enrichment.lead.application.EnrichmentProvider;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every provider is a bean; the paid ones are enabled by their key, the website provider by its switch. */
@Configuration
class ProviderBeans {

    private static final Logger log = LoggerFactory.getLogger(ProviderBeans.class);

    @Bean
    EnrichmentProvider hunterProvider(EnrichmentProperties properties, Clock clock) {
        return announce(new HunterProvider(properties.providers().hunter(), properties.resilience(), clock));
    }

    @Bean
    EnrichmentProvider apolloProvider(EnrichmentProperties properties, Clock clock) {
        return announce(new ApolloProvider(properties.providers().apollo(), properties.resilience(), clock));
    }

    @Bean
    EnrichmentProvider dataForSeoProvider(EnrichmentProperties properties, Clock clock) {
        return announce(new DataForSeoProvider(properties.providers().dataforseo(), properties.resilience(), clock,
                properties.providers().dataforseoLocationCode()));
    }

    @Bean
    EnrichmentProvider premiumProvider(EnrichmentProperties properties, Clock clock) {
        return announce(new PremiumProvider(properties.providers().premium(), properties.resilience(), clock));
    }

    @Bean
    EnrichmentProvider websiteProvider(EnrichmentProperties properties, Clock clock) {
        return announce(new WebsiteProvider(properties.website(), clock));
    }

    private static EnrichmentProvider announce(EnrichmentProvider provider) {
        log.info("Enrichment provider {} (tier {}) is {}", provider.name(), provider.tier(),
                provider.enabled() ? "enabled" : "disabled (not configured)");
        return provider;
    }
}
