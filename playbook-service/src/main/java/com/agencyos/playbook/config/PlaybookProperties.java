package com.agencyos.playbook.config;

import com.agencyos.playbook.research.application.ResearchSettings;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of playbook research ({@code agencyos.playbook.*}).
 *
 * @param siteOverrides {@code domain=baseUrl} entries: the site of that domain is read from the base URL instead of
 *     {@code https://domain}, so tests and the local stack can serve {@code acme-vendor.test} from a local server.
 *     An override is an operator's decision, so its address is not subject to the private-address rule.
 * @param allowPrivateAddresses whether sites may resolve to loopback, private or link-local addresses (off: SSRF)
 * @param maxConcurrentRuns how many playbooks are researched at once across the service
 */
@ConfigurationProperties("agencyos.playbook")
public record PlaybookProperties(List<String> siteOverrides, boolean allowPrivateAddresses, String userAgent,
        int maxConcurrentRuns, Duration reuseWithin, Research research) {

    public PlaybookProperties {
        siteOverrides = siteOverrides == null ? List.of() : List.copyOf(siteOverrides);
        userAgent = userAgent == null || userAgent.isBlank() ? "AgencyOS-PlaybookBot/1.0" : userAgent;
        maxConcurrentRuns = maxConcurrentRuns < 1 ? 2 : maxConcurrentRuns;
        reuseWithin = reuseWithin == null ? Duration.ofDays(30) : reuseWithin;
        research = research == null ? new Research(0, 0, null, null, 0, null) : research;
    }

    /** Each limit falls back to {@link ResearchSettings#DEFAULTS} when unset. */
    public record Research(int topPages, int concurrency, Duration requestTimeout, Duration totalBudget, int maxPageBytes,
            Duration cacheFor) {

        public ResearchSettings settings() {
            ResearchSettings d = ResearchSettings.DEFAULTS;
            return new ResearchSettings(topPages > 0 ? topPages : d.topPages(), concurrency > 0 ? concurrency : d.concurrency(),
                    requestTimeout != null ? requestTimeout : d.requestTimeout(),
                    totalBudget != null ? totalBudget : d.totalBudget(), maxPageBytes > 0 ? maxPageBytes : d.maxPageBytes(),
                    cacheFor != null ? cacheFor : d.cacheFor());
        }
    }

    /** The overrides as domain → base URL without a trailing slash; a malformed entry stops the service at start. */
    public Map<String, URI> overrides() {
        Map<String, URI> map = new LinkedHashMap<>();
        for (String entry : siteOverrides) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("agencyos.playbook.site-overrides entries read domain=baseUrl, not " + entry);
            }
            map.put(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                    URI.create(entry.substring(eq + 1).strip().replaceFirst("/+$", "")));
        }
        return map;
    }
}
