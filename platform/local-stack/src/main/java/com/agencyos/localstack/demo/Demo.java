package com.agencyos.localstack.demo;

import com.agencyos.localstack.Console;
import com.agencyos.localstack.DemoUser;
import com.agencyos.localstack.Secrets;
import com.agencyos.localstack.Tokens;
import com.agencyos.localstack.component.Kafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./agency-os demo}: a webhook secret for Acme through the gateway, six signed leads into the lead
 * webhook, then a live table of each lead's progress through the pipeline topics, what enrichment read on each lead's
 * website, and a playbook of two fixture sites followed step by step to its CSV export.
 */
public final class Demo {

    static final String GATEWAY = "http://localhost:8080";
    static final String OWNER = "owner@acme.test";
    static final Duration FOLLOW_FOR = Duration.ofSeconds(60);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration SECRET_PROPAGATION = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Secrets secrets;
    private final Console console;
    private final Map<String, JsonNode> enriched = new HashMap<>();

    public Demo(HttpClient http, Secrets secrets, Console console) {
        this.http = http;
        this.secrets = secrets;
        this.console = console;
    }

    public int run() throws IOException, InterruptedException {
        String token = new Tokens(http).passwordGrant(OWNER, secrets.get(Secrets.DEMO_PASSWORD));
        console.line("%s signed in as %s", console.tick(), OWNER);
        JsonNode webhookSecret = createWebhookSecret(token);
        console.line("%s webhook secret %s created for Acme Agency", console.tick(), webhookSecret.path("secretId").asString());
        WebhookSigner signer = new WebhookSigner(webhookSecret.path("secret").asString());

        int leads;
        List<String> leadIds = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = followPipelineTopics()) {
            PipelineTable table = new PipelineTable();
            for (Map<String, Object> lead : DemoLeads.LEADS) {
                String leadId = postLead(signer, lead);
                table.addLead(leadId, (String) lead.get("email"));
                leadIds.add(leadId);
            }
            console.line("%s %d leads accepted by the webhook; following them through Kafka (up to %d s)",
                    console.tick(), DemoLeads.LEADS.size(), FOLLOW_FOR.toSeconds());
            leads = follow(consumer, table);
        }
        printSiteFindings(leadIds);
        int playbook = new DemoPlaybook(http, console, token).run();
        return Math.max(leads, playbook);
    }

    /** Per lead, the lead.enriched fields whose provenance is the lead's own website. */
    private void printSiteFindings(List<String> leadIds) {
        console.line("What enrichment read on each lead's website (fields with provenance \"website\"):");
        for (String leadId : leadIds) {
            JsonNode event = enriched.get(leadId);
            if (event == null) {
                continue;
            }
            List<String> lines = SiteFindings.lines(event);
            JsonNode reachable = event.path("company").path("websiteReachable");
            boolean read = reachable.isBoolean() && reachable.asBoolean();
            String note = read ? "" : reachable.isBoolean()
                    ? ": website not reachable from here (only the fixture sites are served locally)" : ": no website to read";
            console.line("  %s %s (lead %s)%s", read && !lines.isEmpty() ? console.tick() : console.ellipsis(),
                    SiteFindings.domain(event), leadId.substring(0, 8), note);
            if (read) {
                lines.forEach(line -> console.line("      %s", line));
            }
        }
    }

    private JsonNode createWebhookSecret(String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(GATEWAY + "/api/v1/tenants/me/webhook-secrets"))
                        .timeout(Duration.ofSeconds(15))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"agency-os demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("creating a webhook secret answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private String postLead(WebhookSigner signer, Map<String, Object> lead) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(lead);
        Instant giveUp = Instant.now().plus(SECRET_PROPAGATION);
        HttpResponse<String> response;
        while (true) {
            long now = Instant.now().getEpochSecond();
            response = http.send(HttpRequest.newBuilder(
                            URI.create(GATEWAY + "/webhooks/leads/" + DemoUser.ACME_TENANT_ID))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "application/json")
                            .header(WebhookSigner.HEADER, signer.header(now, body))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // A new secret reaches the ingest service as an event (tenant.secrets): until then it is unknown there.
            if (response.statusCode() != 401 || !response.body().contains("webhook-not-configured")
                    || Instant.now().isAfter(giveUp)) {
                break;
            }
            new java.util.concurrent.CountDownLatch(1).await(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        if (response.statusCode() != 202) {
            throw new IOException("the lead webhook answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("leadId").asString();
    }

    /** Assigned (no group) and at the end of every partition before the first lead goes in. */
    private KafkaConsumer<String, String> followPipelineTopics() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Kafka.BOOTSTRAP_SERVERS);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : PipelineTable.TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos == null || infos.isEmpty()) {
                console.line("  %s topic %s does not exist yet; its column will stay empty", console.ellipsis(), topic);
                continue;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private int follow(KafkaConsumer<String, String> consumer, PipelineTable table) {
        Instant deadline = Instant.now().plus(FOLLOW_FOR);
        boolean live = System.console() != null;
        int drawn = 0;
        List<String> previous = List.of();
        while (Instant.now().isBefore(deadline) && !table.allSettled()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                record(table, record);
                if (record.topic().equals("lead.enriched") && record.key() != null && table.tracks(record.key())) {
                    enriched.put(record.key(), parse(record.value()));
                }
            }
            List<String> lines = table.render(console.tick(), console.ellipsis());
            if (!lines.equals(previous)) {
                if (live && drawn > 0) {
                    console.out().print("\033[" + drawn + "A\033[J");
                }
                lines.forEach(console::line);
                drawn = lines.size();
                previous = lines;
            }
        }
        if (table.allSettled()) {
            console.line("%s every lead was touched (drafts) or scored dead; see them at %s/api/v1/leads", console.tick(), GATEWAY);
            return 0;
        }
        console.line("%s not every lead reached touch.sent (or a dead score) within %d s: ./agency-os status, ./agency-os logs <service>",
                console.cross(), FOLLOW_FOR.toSeconds());
        return 1;
    }

    static void record(PipelineTable table, ConsumerRecord<String, String> record) {
        JsonNode value = parse(record.value());
        if (record.topic().equals("playbook.generated")) {
            for (JsonNode leadId : value.path("waitingLeadIds")) {
                table.reached(leadId.asString(), record.topic(), Optional.empty(), Optional.empty());
            }
        }
        if (record.key() == null || !table.tracks(record.key())) {
            return;
        }
        Optional<Integer> score = value.has("score") ? Optional.of(value.get("score").asInt()) : Optional.empty();
        Optional<String> tier = value.has("tier") ? Optional.of(value.get("tier").asString()) : Optional.empty();
        table.reached(record.key(), record.topic(), score, tier);
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value == null ? "{}" : value);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }
}
