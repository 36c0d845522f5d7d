package com.agencyos.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant as the suite uses it: real Keycloak tokens for its owner, a webhook secret, signed lead webhooks, and (for
 * the SMTP check) send mode on the tenant and its inbound campaign with mailboxes on the local SMTP sink. The demo
 * tenant Acme ({@link #acme}) or one a run provisioned ({@link BenchTenants}).
 */
final class SendingTenant {

    static final String ACME = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The partners' HTTP client. Like OkHttp and browsers, it sends a request once more when a pooled keep-alive
     * connection turns out to have been closed by the server before any byte of the answer: an HTTP/1.1 server that
     * goes away (a rolling restart) closes its idle connections, and a request written at that instant is lost in
     * flight without having been read. The JDK client does that for every method only with
     * {@code jdk.httpclient.enableAllMethodRetry}, read once per JVM: {@link Chaos#partnersRetryOnStaleConnections} sets
     * it before the first request ({@code bench.jar}'s main; the e2e tests' failsafe configuration). It never resends
     * after an answer, a timeout or any other failure, and ingest would recognise a resent submission anyway.
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** outreach caps email per sending domain and day (50 by default): each mailbox gets its own domain. */
    static final int MAILS_PER_MAILBOX = 50;

    private final ChaosOptions options;
    private final String tenantId;
    private final String owner;
    private final String ownerPassword;
    private final List<String> mailboxes = new ArrayList<>();
    private String webhookSecret;

    SendingTenant(ChaosOptions options, String tenantId, String owner, String ownerPassword, String webhookSecret) {
        this.options = options;
        this.tenantId = tenantId;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
        this.webhookSecret = webhookSecret;
    }

    /** The demo tenant, its owner's password from {@code <home>/secrets.env}; {@link #webhookSecret} issues its secret. */
    static SendingTenant acme(ChaosOptions options) throws IOException {
        return new SendingTenant(options, ACME, "owner@acme.test", secret(options, "AGENCYOS_DEMO_PASSWORD"), null);
    }

    static SendingTenant of(ChaosOptions options, BenchTenants.Tenant tenant) {
        return new SendingTenant(options, tenant.id(), tenant.ownerUser(), tenant.ownerPassword(), tenant.webhookSecret());
    }

    String id() {
        return tenantId;
    }

    /** A password-grant token for the owner (the public {@code agency-cli} client), as {@code ./agency-os token} gets it. */
    String token() throws IOException, InterruptedException {
        String user = owner;
        String password = ownerPassword;
        String form = "grant_type=password&client_id=agency-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(options.keycloak()
                + "/realms/agency/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static String secret(ChaosOptions options, String name) throws IOException {
        for (String line : Files.readAllLines(options.home().resolve("secrets.env"))) {
            if (line.startsWith(name + "=")) {
                return line.substring(name.length() + 1).trim().replaceAll("^\"|\"$", "");
            }
        }
        throw new IllegalStateException(name + " is not in " + options.home().resolve("secrets.env"));
    }

    /**
     * The tenant's webhook secret; without one yet, a fresh one, returned once webhook-ingest accepts leads signed with
     * it (it travels as an event).
     */
    String webhookSecret() throws IOException, InterruptedException {
        if (webhookSecret != null) {
            return webhookSecret;
        }
        HttpResponse<String> created = send(api("/api/v1/tenants/me/webhook-secrets", token())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("creating a webhook secret answered " + created.statusCode() + ": " + created.body());
        }
        String secret = JSON.readTree(created.body()).get("secret").asString();
        BenchTenants.awaitAccepted(options.gateway(), tenantId, secret);
        webhookSecret = secret;
        return secret;
    }

    /** A lead webhook for this tenant, signed with its secret. */
    HttpRequest signed(String body) {
        return BenchTenants.signedLead(options.gateway(), tenantId, webhookSecret, body);
    }

    /**
     * Send mode for the tenant and its inbound campaign (created by outreach with the first scored lead, so this waits
     * for it), and enough mailboxes on the SMTP sink, each on its own domain, for {@code leads} first touches today.
     */
    void sendThroughSmtpSink(String runId, int leads) throws IOException, InterruptedException {
        String token = token();
        expect(send(api("/api/v1/sending-mode", token).PUT(json("{\"mode\":\"send\"}"))), 200, "tenant sending mode");
        int count = leads / MAILS_PER_MAILBOX + 3;
        for (int i = 0; i < count; i++) {
            String body = """
                    {"kind":"mailbox","name":"chaos %s %d","address":"sender@m%d-%s-%s.chaos-mail.test","fromName":"Chaos Suite",
                     "postalAddress":"1 Test Street, Sydney NSW 2000","smtp":{"host":"localhost","port":3025,"startTls":false},
                     "dailyLimit":1000,"timeZone":"UTC"}""".formatted(runId, i, i, runId, tenantId.substring(0, 8));
            HttpResponse<String> created = send(api("/api/v1/sending-resources", token).POST(json(body)));
            expect(created, 201, "mailbox");
            mailboxes.add(JSON.readTree(created.body()).get("id").asString());
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode campaign : campaigns(token)) {
                if ("Inbound".equals(campaign.path("name").asString())) {
                    expect(send(api("/api/v1/campaigns/" + campaign.get("id").asString() + "/sending-mode", token)
                            .PUT(json("{\"mode\":\"send\"}"))), 200, "inbound campaign sending mode");
                    return;
                }
            }
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
        }
        throw new IllegalStateException("outreach never created the inbound campaign of " + tenantId + " (is the probe lead stuck?)");
    }

    /** Back to the default: draft-only and the run's mailboxes disabled, so later users of the stack send nothing. */
    void restoreDraftOnly() throws IOException, InterruptedException {
        String token = token();
        send(api("/api/v1/sending-mode", token).PUT(json("{\"mode\":\"draft_only\"}")));
        for (String id : mailboxes) {
            send(api("/api/v1/sending-resources/" + id, token).DELETE());
        }
    }

    private JsonNode campaigns(String token) throws IOException, InterruptedException {
        HttpResponse<String> response = send(api("/api/v1/campaigns", token).GET());
        JsonNode body = JSON.readTree(response.body());
        return body.isArray() ? body : body.path("items");
    }

    private HttpRequest.Builder api(String path, String token) {
        return HttpRequest.newBuilder(URI.create(options.gateway() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.build());
    }
}
