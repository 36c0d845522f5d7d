package com.agencyos.ingest.delivery.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.ingest.delivery.domain.DeliveryReport;
import com.agencyos.ingest.delivery.domain.DeliveryReport.Kind;
import com.agencyos.platform.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostmarkDeliveryJsonTest {

    static final UUID TENANT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    static Optional<DeliveryReport> read(String json) {
        return PostmarkDeliveryJson.read(TENANT, json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    static String bounce(int typeCode) {
        return """
                {"RecordType":"Bounce","ID":4323372036854775807,"Type":"x","TypeCode":%d,"MessageID":"883953f4",
                 "Email":"Jo@Acme.com.au","BouncedAt":"2026-11-24T16:33:54.9070259-05:00"}""".formatted(typeCode);
    }

    @Test
    void aHardBounceNamesTheLowerCasedAddressAndWhenItHappened() {
        DeliveryReport report = read(bounce(1)).orElseThrow();
        assertThat(report.kind()).isEqualTo(Kind.HARD_BOUNCE);
        assertThat(report.email()).isEqualTo("jo@acme.com.au");
        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2026-11-24T21:33:54.907Z"));
        assertThat(report.providerRef()).isEqualTo("postmark:Bounce:4323372036854775807");
        assertThat(report.source()).isEqualTo("postmark");
    }

    @Test
    void bounceCodesSortIntoHardSoftComplaintOrNotAFailure() {
        assertThat(read(bounce(100000)).orElseThrow().kind()).isEqualTo(Kind.HARD_BOUNCE);
        assertThat(read(bounce(4096)).orElseThrow().kind()).isEqualTo(Kind.SOFT_BOUNCE);
        assertThat(read(bounce(2)).orElseThrow().kind()).isEqualTo(Kind.SOFT_BOUNCE);
        assertThat(read(bounce(64))).isEmpty();
        assertThat(read(bounce(1).replace("\"Bounce\"", "\"SpamComplaint\"")).orElseThrow().kind()).isEqualTo(Kind.COMPLAINT);
        assertThat(read("{\"RecordType\":\"Delivery\",\"MessageID\":\"x\"}")).isEmpty();
    }

    @Test
    void badRecordsAreRefusedAndSayWhy() {
        assertThat(catchThrowableOfType(ApiProblem.class, () -> read("{\"RecordType\":")).type().toString()).endsWith("/malformed-json");
        for (String body : new String[] {"{}", bounce(1).replace("Jo@Acme.com.au", "not-an-address"),
                bounce(1).replace("4323372036854775807", "null"), bounce(1).replace("2026-11-24T16:33:54.9070259-05:00", "yesterday"),
                bounce(1).replace("\"TypeCode\":1", "\"TypeCode\":\"1\"")}) {
            assertThat(catchThrowableOfType(ApiProblem.class, () -> read(body)).type().toString()).as(body).endsWith("/invalid-request");
        }
    }
}
