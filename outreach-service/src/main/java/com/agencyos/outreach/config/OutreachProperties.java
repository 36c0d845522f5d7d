package com.agencyos.outreach.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param messageIdDomain the right-hand side of the RFC 5322 Message-IDs this service mints; it must be a domain
 *     we control so that replies and bounces can be matched back to the touch
 */
@ConfigurationProperties("agencyos.outreach")
public record OutreachProperties(@DefaultValue("outreach.agencyos.local") String messageIdDomain) {
}
