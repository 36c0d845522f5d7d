package com.agencyos.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths path patterns a service serves without a token (its signed webhooks, say), in addition
 *     to health, metrics and API docs
 */
@ConfigurationProperties("agencyos.security")
public record AgencySecurityProperties(List<String> publicPaths) {

    public AgencySecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
