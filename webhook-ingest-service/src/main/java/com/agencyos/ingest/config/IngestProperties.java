package com.agencyos.ingest.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param secretsKey the platform key that seals tenant secrets ({@code AGENCYOS_SECRETS_KEY}): 64 hex digits or
 *     base64 of 32 bytes
 * @param signatureTolerance how far a signed request's timestamp may be from our clock, either way
 * @param maxBodySize the largest request body intake reads; larger ones answer 413 unread
 */
@ConfigurationProperties("agencyos.ingest")
public record IngestProperties(
        String secretsKey,
        @DefaultValue("300s") Duration signatureTolerance,
        @DefaultValue("1MB") DataSize maxBodySize) {

    @Override
    public String toString() {
        return "IngestProperties[secretsKey=redacted, signatureTolerance=" + signatureTolerance + ", maxBodySize="
                + maxBodySize + "]";
    }
}
