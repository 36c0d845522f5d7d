package com.agencyos.tenant.config;

import com.agencyos.tenant.member.adapter.identity.KeycloakDirectory;
import com.agencyos.tenant.member.adapter.identity.KeycloakProperties;
import com.agencyos.tenant.member.adapter.identity.OfflineDirectory;
import com.agencyos.tenant.member.application.IdentityDirectory;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    /** Keycloak when the provisioning client's secret is set (the local stack sets it), otherwise the offline directory. */
    @Bean
    IdentityDirectory identityDirectory(KeycloakProperties properties, Clock clock) {
        if (properties.configured()) {
            log.info("Members are provisioned in Keycloak realm {} at {}", properties.realm(), properties.url());
            return new KeycloakDirectory(properties, clock);
        }
        log.warn("AGENCYOS_PROVISIONING_SECRET is not set: invited members exist only in this process and cannot sign in");
        return new OfflineDirectory();
    }
}
