package com.agencyos.bench.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one chaos run does.
 *
 * @param leads leads sent at least; the stream goes on until the last disruption is over, so restarts happen under load
 * @param rate arrivals per second (open loop); webhook-ingest admits 20 a second per tenant by default
 * @param kills services killed with SIGKILL and restarted, in this order
 * @param killKafka SIGKILL the broker once and restart it
 * @param restartPostgres stop PostgreSQL (SIGTERM) once and start it again
 * @param rolling services given a rolling restart in turn after the kills ({@code ./agency-os restart}: the new instance
 *     beside the old on the same port, the old one stopped with SIGTERM once the new one answers); no ack may fail
 * @param drain how long to wait for quiescence after the last arrival
 * @param sendMail put each tenant and its inbound campaign in {@code send} mode with mailboxes on the SMTP sink
 * @param tenants how many fresh tenants the run provisions and spreads its leads over ({@link BenchTenants}); 0 sends every
 *     lead as the demo tenant Acme, whose monthly lead pool (2,250) parks the leads beyond it
 */
public record ChaosOptions(int leads, int rate, Path root, Path home, String gateway, String keycloak, String kafka,
        String postgresHostPort, String dbUser, String dbPassword, String smtpApi, List<String> kills, boolean killKafka,
        boolean restartPostgres, List<String> rolling, Duration drain, boolean sendMail, int tenants, Path out) {

    /** A bench tenant takes at most this many leads in a run, well inside a dominance tenant's pool of 4,500 a month. */
    static final int LEADS_PER_TENANT = 2_000;

    static final List<String> SERVICES = List.of("webhook-ingest", "enrichment", "scoring", "playbook", "outreach", "analytics",
            "tenant", "gateway");

    /** The full run: every service killed, the broker killed, PostgreSQL restarted, then a rolling restart. */
    public static ChaosOptions parse(Map<String, String> options) {
        boolean quick = Boolean.parseBoolean(options.getOrDefault("short", "false"));
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path home = root.resolve(options.getOrDefault("home", ".local"));
        ChaosOptions base = quick ? shortRun(root, home) : new ChaosOptions(10_000, 15, root, home, "http://localhost:8080",
                "http://localhost:8180", "localhost:9092", "localhost:15432", "agencyos", "agencyos", "http://localhost:8025",
                SERVICES, true, true, SERVICES, Duration.ofMinutes(10), true, -1, defaultOut(root));
        int leads = Integer.parseInt(options.getOrDefault("leads", Integer.toString(base.leads)));
        String tenants = options.getOrDefault("tenants", base.tenants < 0 ? "auto" : Integer.toString(base.tenants));
        return new ChaosOptions(leads,
                Integer.parseInt(options.getOrDefault("rate", Integer.toString(base.rate))), root, home,
                options.getOrDefault("gateway", base.gateway), options.getOrDefault("keycloak", base.keycloak),
                options.getOrDefault("kafka", base.kafka), options.getOrDefault("postgres", base.postgresHostPort),
                options.getOrDefault("db-user", base.dbUser), options.getOrDefault("db-password", base.dbPassword),
                options.getOrDefault("smtp-api", base.smtpApi), list(options.get("kills"), base.kills),
                Boolean.parseBoolean(options.getOrDefault("kill-kafka", Boolean.toString(base.killKafka))),
                Boolean.parseBoolean(options.getOrDefault("restart-postgres", Boolean.toString(base.restartPostgres))),
                list(options.get("rolling"), base.rolling),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("drain-seconds", Long.toString(base.drain.toSeconds())))),
                Boolean.parseBoolean(options.getOrDefault("send-mail", Boolean.toString(base.sendMail))),
                switch (tenants) {
                    case "acme" -> 0;
                    case "auto" -> (leads + LEADS_PER_TENANT - 1) / LEADS_PER_TENANT;
                    default -> Integer.parseInt(tenants);
                },
                options.containsKey("out") ? Path.of(options.get("out")) : base.out);
    }

    /**
     * The CI version: ~300 leads, SIGKILL of webhook-ingest, enrichment and outreach, one broker kill, the poison, then a
     * rolling restart of the two services on the webhook's path, gateway and webhook-ingest.
     */
    public static ChaosOptions shortRun(Path root, Path home) {
        return new ChaosOptions(300, 4, root, home, "http://localhost:8080", "http://localhost:8180", "localhost:9092",
                "localhost:15432", "agencyos", "agencyos", "http://localhost:8025", List.of("webhook-ingest", "enrichment", "outreach"),
                true, false, List.of("webhook-ingest", "gateway"), Duration.ofSeconds(150), true, 0, defaultOut(root));
    }

    private static Path defaultOut(Path root) {
        return root.resolve("bench/target/chaos-" + Instant.now().toString().replace(':', '-') + ".json");
    }

    private static List<String> list(String value, List<String> fallback) {
        if (value == null) {
            return fallback;
        }
        return value.isBlank() || value.equals("none") ? List.of() : List.of(value.split(","));
    }
}
