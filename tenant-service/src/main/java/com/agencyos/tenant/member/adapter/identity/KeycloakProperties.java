package com.agencyos.tenant.member.adapter.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tenant-service reaches Keycloak's Admin REST API.
 *
 * @param url the server, without {@code /realms}
 * @param clientSecret the {@code tenant-provisioning} client's secret; blank selects the offline directory
 * @param timeout for each call, so a hung Keycloak answers 503 instead of holding requests
 */
@ConfigurationProperties("agencyos.identity.keycloak")
public record KeycloakProperties(String url, String realm, String clientId, String clientSecret, Duration timeout) {

    public KeycloakProperties {
        url = url == null ? "http://localhost:8180" : url.replaceAll("/+$", "");
        realm = realm == null || realm.isBlank() ? "agency" : realm;
        clientId = clientId == null || clientId.isBlank() ? "tenant-provisioning" : clientId;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    public boolean configured() {
        return clientSecret != null && !clientSecret.isBlank();
    }

    @Override
    public String toString() {
        return "KeycloakProperties[url=" + url + ", realm=" + realm + ", clientId=" + clientId + ", clientSecret=<redacted>]";
    }
}
