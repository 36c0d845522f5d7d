package com.agencyos.localstack.demo;

import com.agencyos.localstack.Console;
import com.agencyos.localstack.component.FixtureSites;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's playbook: the fixture vendor's site against the fixture prospect's, requested through the gateway, its
 * run followed step by step, then the first lines of its CSV export.
 */
final class DemoPlaybook {

    static final Duration FOLLOW_FOR = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(150);
    private static final int CSV_LINES = 3;
    private static final int CSV_WIDTH = 150;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Console console;
    private final String token;

    DemoPlaybook(HttpClient http, Console console, String token) {
        this.http = http;
        this.console = console;
        this.token = token;
    }

    /** 0 when the playbook was written and exported; 1 otherwise, with the reason printed. */
    int run() throws IOException, InterruptedException {
        // force: every demo shows a run of its own rather than the playbook reused from the last demo
        String body = "{\"vendorDomain\":\"%s\",\"prospectDomain\":\"%s\",\"force\":true}"
                .formatted(FixtureSites.VENDOR, FixtureSites.PROSPECT);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(Demo.GATEWAY + "/api/v1/playbooks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() / 100 != 2) {
            console.line("%s POST /api/v1/playbooks answered %d: %s", console.cross(), created.statusCode(), created.body());
            return 1;
        }
        JsonNode answer = JSON.readTree(created.body());
        String playbookId = answer.path("playbookId").asString();
        String runId = answer.path("run").path("id").asString();
        console.line("%s playbook %s requested: vendor %s x prospect %s (sites served by the sites component)", console.tick(),
                playbookId, FixtureSites.VENDOR, FixtureSites.PROSPECT);

        JsonNode run = follow(playbookId, runId);
        if (run == null || !"succeeded".equals(run.path("status").asString())) {
            console.line("%s the playbook run did not succeed within %d s: %s", console.cross(), FOLLOW_FOR.toSeconds(),
                    run == null ? "no answer" : run.path("status").asString() + " " + run.path("error").asString(""));
            return 1;
        }
        console.line("  step timings: %s", timings(run));

        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(Demo.GATEWAY + "/api/v1/playbooks/" + playbookId
                + "/export?format=csv")).GET());
        if (csv.statusCode() != 200) {
            console.line("%s the CSV export answered %d: %s", console.cross(), csv.statusCode(), csv.body());
            return 1;
        }
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        console.line("%s CSV export (%d lines; first %d, cut at %d characters): %s/api/v1/playbooks/%s/export?format=csv",
                console.tick(), lines.length, Math.min(CSV_LINES, lines.length), CSV_WIDTH, Demo.GATEWAY, playbookId);
        for (int i = 0; i < Math.min(CSV_LINES, lines.length); i++) {
            String line = lines[i];
            console.line("    %s", line.length() <= CSV_WIDTH ? line : line.substring(0, CSV_WIDTH - 3) + "...");
        }
        return 0;
    }

    /** Polls the run, printing each new step and percentage, until it has finished or the time is up. */
    private JsonNode follow(String playbookId, String runId) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(FOLLOW_FOR);
        String last = "";
        JsonNode run = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Demo.GATEWAY + "/api/v1/playbooks/"
                    + playbookId + "/runs/" + runId)).GET());
            if (response.statusCode() == 200) {
                run = JSON.readTree(response.body());
                String now = String.format("[%3d%%] %-9s %s", run.path("percentDone").asInt(), run.path("status").asString(),
                        run.path("currentStep").asString("-"));
                if (!now.equals(last)) {
                    console.line("  %s", now);
                    last = now;
                }
                String status = run.path("status").asString();
                if (status.equals("succeeded") || status.equals("failed")) {
                    return run;
                }
            }
            new CountDownLatch(1).await(POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
        return run;
    }

    static String timings(JsonNode run) {
        List<String> steps = new ArrayList<>();
        for (JsonNode step : run.path("steps")) {
            steps.add(step.path("name").asString() + " " + step.path("millis").asLong() + " ms");
        }
        return String.join(", ", steps);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
