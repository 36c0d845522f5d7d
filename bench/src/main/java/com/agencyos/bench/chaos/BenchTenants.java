package com.agencyos.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fresh tenants for one benchmark run, provisioned the way a real one is: the tenant through the gateway as the
 * platform admin, its owner in Keycloak through the Admin REST API, a webhook secret through the gateway as that
 * owner, and a wait until webhook-ingest accepts leads signed with it. Real load comes from many tenants: one
 * tenant's monthly lead pool and webhook-ingest's per-tenant intake limit would otherwise measure refusals and
 * parked leads, not throughput.
 */
public final class BenchTenants {

    /** Arrivals per second one tenant gets at most: under webhook-ingest's default per-tenant limit of 20. */
    public static final int MAX_RATE_PER_TENANT = 15;
    /** Leads one tenant gets at most in a run: under the dominance tier's monthly pool of 4,500, probes included. */
    public static final int MAX_LEADS_PER_TENANT = 4_000;

    private static final String ADMIN = "admin@agencyos.test";
    private static final String ICP = "{\"industries\":[\"Retail\"],\"sizeMin\":10,\"sizeMax\":250,\"locations\":[\"Australia\"],"
            + "\"titles\":[\"Managing Director\",\"CEO\",\"Founder\"],\"competitorDomains\":[],\"vendorWebsite\":null}";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One provisioned tenant: what a partner needs to send it signed leads, and its owner's credentials. */
    public record Tenant(String id, String ownerUser, String ownerPassword, String webhookSecret) {

        @Override
        public String toString() {
            return "Tenant[id=" + id + ", ownerUser=" + ownerUser + ", <credentials redacted>]";
        }
    }

    private final String gateway;
    private final String keycloak;
    private final String webhooks;
    private final Path home;
    private final CachedToken platformAdmin;
    private final CachedToken keycloakAdmin;
    private volatile Map<String, Object> ownerRole;

    /**
     * @param gateway where the tenant and secret APIs are called
     * @param keycloak Keycloak's base URL (its Admin REST API and token endpoints)
     * @param webhooks where the signed probe webhooks go (the gateway, or webhook-ingest directly)
     * @param home the stack's state directory, whose {@code secrets.env} holds the demo and Keycloak admin passwords
     */
    public BenchTenants(String gateway, String keycloak, String webhooks, Path home) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.webhooks = webhooks;
        this.home = home;
        this.platformAdmin = new CachedToken(() -> passwordGrant("agency", "agency-cli", ADMIN, secret("AGENCYOS_DEMO_PASSWORD")));
        this.keycloakAdmin = new CachedToken(() -> passwordGrant("master", "admin-cli", "admin", secret("KC_ADMIN_PASSWORD")));
    }

    /** How many tenants a run needs so none gets more than 15 leads/s nor more than 4,000 leads: never fewer than one. */
    public static int autoCount(List<Integer> rates, int secondsPerRate) {
        int highest = rates.stream().mapToInt(Integer::intValue).max().orElse(0);
        long total = rates.stream().mapToLong(rate -> (long) rate * secondsPerRate).sum();
        return (int) Math.max(1, Math.max(Math.ceilDiv(highest, MAX_RATE_PER_TENANT), Math.ceilDiv(total, MAX_LEADS_PER_TENANT)));
    }

    /** The tenant the {@code index}-th lead of a rate is sent as: round robin, so each gets the same share of the rate. */
    public static <T> T forLead(List<T> tenants, int index) {
        return tenants.get(Math.floorMod(index, tenants.size()));
    }

    /**
     * Provisions {@code count} tenants, {@code parallelism} at a time, printing progress; returns them in creation
     * order once every one accepts signed leads. Fails on the first one that cannot be provisioned.
     */
    public List<Tenant> provision(String runId, int count, int parallelism) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, count)));
        AtomicInteger ready = new AtomicInteger();
        long started = System.nanoTime();
        try {
            List<Future<Tenant>> pending = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                int number = n;
                pending.add(pool.submit(() -> {
                    Tenant tenant = provisionOne(runId, number);
                    System.out.printf(Locale.ROOT, "  tenant %d/%d ready: %s (%s), %.1f s%n", ready.incrementAndGet(), count, tenant.id(),
                            tenant.ownerUser(), (System.nanoTime() - started) / 1e9);
                    return tenant;
                }));
            }
            List<Tenant> tenants = new ArrayList<>();
            for (Future<Tenant> future : pending) {
                tenants.add(future.get());
            }
            return tenants;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("provisioning bench tenants failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Tenant provisionOne(String runId, int number) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString();
        Map<String, Object> tenant = new LinkedHashMap<>();
        tenant.put("id", id);
        tenant.put("name", "Bench " + runId + " " + number);
        tenant.put("tier", "dominance");
        tenant.put("timeZone", "Australia/Sydney");
        tenant.put("country", "AU");
        tenant.put("icp", JSON.readTree(ICP));
        expect(send(api(gateway + "/api/v1/tenants", platformAdmin.get()).POST(json(tenant))), 201, "creating tenant " + number);

        String user = "owner@bench-" + runId.toLowerCase(Locale.ROOT) + "-" + number + ".test";
        String password = password();
        String userId = createOwner(id, user, password, number);
        grantOwner(userId);

        String owner = passwordGrant("agency", "agency-cli", user, password).value();
        HttpResponse<String> created = send(api(gateway + "/api/v1/tenants/me/webhook-secrets", owner).POST(HttpRequest.BodyPublishers.ofString("{}")));
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("creating a webhook secret for tenant " + number + " answered " + created.statusCode() + ": " + created.body());
        }
        String secret = JSON.readTree(created.body()).get("secret").asString();
        awaitAccepted(webhooks, id, secret);
        return new Tenant(id, user, password, secret);
    }

    private String createOwner(String tenantId, String user, String password, int number) throws IOException, InterruptedException {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("username", user);
        representation.put("email", user);
        representation.put("enabled", true);
        representation.put("emailVerified", true);
        representation.put("firstName", "Bench");
        representation.put("lastName", "Owner " + number);
        representation.put("attributes", Map.of("tenant_id", List.of(tenantId)));
        representation.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = send(api(keycloak + "/admin/realms/agency/users", keycloakAdmin.get()).POST(json(representation)));
        // The answer is not quoted: Keycloak may echo what was sent, the password included.
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak answered " + created.statusCode() + " to creating " + user);
        }
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created " + user + " without naming it"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void grantOwner(String userId) throws IOException, InterruptedException {
        Map<String, Object> role = ownerRole;
        if (role == null) {
            HttpResponse<String> found = send(api(keycloak + "/admin/realms/agency/roles/owner", keycloakAdmin.get()).GET());
            expect(found, 200, "reading the realm role owner");
            JsonNode node = JSON.readTree(found.body());
            role = Map.of("id", node.get("id").asString(), "name", node.get("name").asString());
            ownerRole = role;
        }
        expect(send(api(keycloak + "/admin/realms/agency/users/" + userId + "/role-mappings/realm", keycloakAdmin.get())
                .POST(json(List.of(role)))), 204, "granting owner");
    }

    /** A new secret travels to webhook-ingest as an event: probe until a lead signed with it is accepted (90 s at most). */
    public static void awaitAccepted(String webhooks, String tenantId, String secret) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        int last = 0;
        while (System.currentTimeMillis() < deadline) {
            String probe = "{\"email\":\"probe." + System.nanoTime() + "@bench-probe.com.au\",\"firstName\":\"Probe\"}";
            last = send(signedLead(webhooks, tenantId, secret, probe)).statusCode();
            if (last == 202) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        throw new IllegalStateException("webhook-ingest never accepted tenant " + tenantId + "'s new secret (last answer " + last + ")");
    }

    /** A lead webhook for {@code tenantId}, signed as partners sign it ({@code t=<epoch s>,v1=<HMAC-SHA256 of "t.body">}). */
    public static HttpRequest signedLead(String base, String tenantId, String secret, String body) {
        long t = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(base + "/webhooks/leads/" + tenantId)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-AgencyOS-Signature", "t=" + t + ",v1=" + hmac(secret, t + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** HMAC-SHA256 of {@code text} under {@code secret}, lower-case hex: the {@code v1} of a webhook signature. */
    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private AccessToken passwordGrant(String realm, String client, String user, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + client + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak (realm " + realm + ") refused a token for " + user + ": " + response.statusCode());
        }
        JsonNode answer = JSON.readTree(response.body());
        long lifetime = answer.path("expires_in").asLong(60);
        // Renewed at half-life: the master realm's admin tokens live 60 s, a run provisions for longer.
        return new AccessToken(answer.get("access_token").asString(), System.currentTimeMillis() + lifetime * 500);
    }

    private String secret(String name) throws IOException {
        Path file = home.resolve("secrets.env");
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(name + "=")) {
                return line.substring(name.length() + 1).trim().replaceAll("^\"|\"$", "");
            }
        }
        throw new IllegalStateException(name + " is not in " + file);
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-Aa1";
    }

    private static HttpRequest.Builder api(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.build());
    }

    private record AccessToken(String value, long renewAtMillis) {

        @Override
        public String toString() {
            return "AccessToken[<redacted>]";
        }
    }

    @FunctionalInterface
    private interface TokenSource {
        AccessToken fetch() throws IOException, InterruptedException;
    }

    /** A token shared by the provisioning threads, fetched again once past half its lifetime. */
    private static final class CachedToken {

        private final TokenSource source;
        private AccessToken current;

        CachedToken(TokenSource source) {
            this.source = source;
        }

        synchronized String get() throws IOException, InterruptedException {
            if (current == null || System.currentTimeMillis() >= current.renewAtMillis()) {
                current = source.fetch();
            }
            return current.value();
        }
    }
}
