package com.agencyos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.bench.chaos.BenchTenants;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void signsWebhooksExactlyAsTheDocumentedTestVector() {
        assertThat(BenchTenants.hmac("whsec_test_0001", "1763769600." + "{\"email\":\"jo.bloggs@acme.com.au\",\"firstName\":\"Jo\"}"))
                .isEqualTo("a0eabbac14370c6b92af2bece0e269b4398ee71f080d5c8fcf3bf7799af55bab");
    }

    @Test
    void percentilesTakeTheNearestRank() {
        Stats stats = new Stats(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0));
        assertThat(stats.percentile(50)).isEqualTo(5.0);
        assertThat(stats.percentile(99)).isEqualTo(10.0);
        assertThat(stats.percentile(10)).isEqualTo(1.0);
        assertThat(new Stats(List.of()).percentile(50)).isNaN();
    }

    @Test
    void optionsMustBeNamedWithAValue() {
        assertThat(Bench.options(new String[] {"--rates=50,100", "--seconds=20"})).containsEntry("rates", "50,100").containsEntry("seconds", "20");
        assertThatThrownBy(() -> Bench.options(new String[] {"--rates"})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void autoTenantsKeepEveryTenantAtFifteenLeadsASecondAtTheHighestRate() {
        assertThat(BenchTenants.autoCount(List.of(10, 30), 20)).isEqualTo(2);
        assertThat(BenchTenants.autoCount(List.of(15), 10)).isEqualTo(1);
        assertThat(BenchTenants.autoCount(List.of(16), 10)).isEqualTo(2);
        assertThat(BenchTenants.autoCount(List.of(25, 50, 100), 30)).isEqualTo(7);
    }

    @Test
    void autoTenantsKeepEveryTenantUnderFourThousandLeadsOverTheWholeRun() {
        assertThat(BenchTenants.autoCount(List.of(10), 1_000)).isEqualTo(3);
        assertThat(BenchTenants.autoCount(List.of(100, 200, 300), 300)).isEqualTo(45);
        assertThat(BenchTenants.autoCount(List.of(1), 1)).isEqualTo(1);
    }

    @Test
    void autoTenantsNeverGiveATenantMoreThanItsRateOrPool() {
        for (List<Integer> rates : List.of(List.of(7), List.of(10, 25, 50, 100), List.of(50, 100, 200, 300), List.of(299, 301))) {
            for (int seconds : List.of(10, 60, 300, 3_600)) {
                int tenants = BenchTenants.autoCount(rates, seconds);
                long leads = rates.stream().mapToLong(rate -> (long) rate * seconds).sum();
                assertThat(Math.ceilDiv(rates.getLast(), tenants)).as("leads/s per tenant at %s over %d s", rates, seconds).isLessThanOrEqualTo(15);
                assertThat(Math.ceilDiv(leads, tenants)).as("leads per tenant at %s over %d s", rates, seconds).isLessThanOrEqualTo(4_000);
            }
        }
    }

    @Test
    void leadsGoRoundRobinSoEachTenantGetsAnEqualShareOfTheRate() {
        List<String> tenants = List.of("a", "b", "c", "d");
        Map<String, Integer> leads = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            String tenant = BenchTenants.forLead(tenants, i);
            assertThat(tenant).isNotEqualTo(BenchTenants.forLead(tenants, i + 1)).isEqualTo(BenchTenants.forLead(tenants, i + 4));
            leads.merge(tenant, 1, Integer::sum);
        }
        assertThat(leads).containsExactly(Map.entry("a", 25), Map.entry("b", 25), Map.entry("c", 25), Map.entry("d", 25));
        assertThat(BenchTenants.forLead(List.of("only"), 12_345)).isEqualTo("only");
    }

    @Test
    void eachLeadIsPostedToItsTenantsWebhookSignedWithThatTenantsSecret() {
        String body = "{\"email\":\"jo.bloggs@acme.com.au\",\"firstName\":\"Jo\"}";
        assertThat(BenchTenants.hmac("whsec_test_0001", "1763769600." + body)).isEqualTo("a0eabbac14370c6b92af2bece0e269b4398ee71f080d5c8fcf3bf7799af55bab");
        HttpRequest request = BenchTenants.signedLead("http://localhost:8080", "tenant-b", "whsec_b", body);
        assertThat(request.uri()).hasToString("http://localhost:8080/webhooks/leads/tenant-b");
        String signature = request.headers().firstValue("X-AgencyOS-Signature").orElseThrow();
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(signature).isEqualTo("t=" + t + ",v1=" + BenchTenants.hmac("whsec_b", t + "." + body));
    }
}
