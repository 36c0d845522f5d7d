package com.agencyos.localstack.component;

import java.util.List;
import java.util.Optional;

/** The services the stack runs, with the ports and databases fixed in docs/conventions.md. */
public final class ServiceCatalog {

    /** A service: component name, HTTP port and the database it owns, if any. */
    public record Entry(String name, int port, Optional<String> database) {

        public String module() {
            return name + "-service";
        }
    }

    public static final List<Entry> SERVICES = List.of(
            new Entry("gateway", 8080, Optional.empty()),
            new Entry("tenant", 8081, Optional.of("tenant")),
            new Entry("webhook-ingest", 8082, Optional.of("ingest")),
            new Entry("enrichment", 8083, Optional.of("enrichment")),
            new Entry("scoring", 8084, Optional.of("scoring")),
            new Entry("playbook", 8085, Optional.of("playbook")),
            new Entry("outreach", 8086, Optional.of("outreach")),
            new Entry("analytics", 8087, Optional.of("analytics")));

    private ServiceCatalog() {
    }
}
