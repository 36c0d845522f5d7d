package com.agencyos.outreach.config;

import com.agencyos.outreach.enrollment.domain.UnsubscribeToken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OutreachProperties.class, ProviderProperties.class})
class OutreachConfiguration {

    @Bean
    UnsubscribeToken unsubscribeToken(OutreachProperties properties) {
        return new UnsubscribeToken(properties.unsubscribeKey());
    }
}
