package com.agencyos.playbook.account.adapter.llm;

import com.agencyos.playbook.account.application.LlmWriter;
import com.agencyos.playbook.account.domain.DefaultPersona;
import com.agencyos.playbook.account.domain.Persona;
import com.agencyos.playbook.account.domain.Touch;
import com.agencyos.playbook.research.domain.Fact;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.VendorProfile;
import com.agencyos.platform.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Writes the personas' sequences with an OpenAI-compatible chat-completions API and JSON-schema structured output,
 * from the facts research found (and nothing else). Each call is logged with its tokens and AUD cost; a tenant over
 * its daily budget is not called. Every failure is an error the caller falls back on.
 */
@Component
public class OpenAiCompatibleWriter implements LlmWriter {

    static final List<Integer> DAYS = List.of(1, 3, 7, 14);
    private static final Pattern MERGE_FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");
    private static final List<String> ALLOWED_FIELDS = List.of("firstName", "companyName", "senderName");

    private final LlmProperties properties;
    private final LlmUsage usage;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    public OpenAiCompatibleWriter(LlmProperties properties, LlmUsage usage, Clock clock) {
        this.properties = properties;
        this.usage = usage;
        this.clock = clock;
    }

    /** Why the language model was not used; the message becomes the playbook's research note. */
    public static final class LlmUnavailable extends RuntimeException {

        LlmUnavailable(String message) {
            super(message);
        }
    }

    @Override
    public boolean enabled() {
        return properties.usable();
    }

    @Override
    public Mono<List<Persona>> personas(UUID tenantId, VendorProfile vendor, ProspectProfile prospect, List<DefaultPersona> chosen) {
        if (!enabled()) {
            return Mono.error(new LlmUnavailable("llm not configured"));
        }
        Instant dayStart = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        long budget = Math.round(properties.dailyBudgetAud() * 1_000_000);
        return usage.spentSince(tenantId, dayStart).flatMap(spent -> spent >= budget
                ? Mono.error(new LlmUnavailable(String.format(java.util.Locale.ROOT, "llm daily budget of %.2f AUD reached",
                        properties.dailyBudgetAud())))
                : call(tenantId, request(vendor, prospect, chosen)));
    }

    private Mono<List<Persona>> call(UUID tenantId, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.baseUrl().replaceFirst("/+$", "") + "/chat/completions"))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + properties.apiKey());
        }
        return Mono.fromFuture(() -> client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()))
                .timeout(properties.timeout().plusSeconds(1))
                .onErrorMap(e -> !(e instanceof LlmUnavailable), e -> new LlmUnavailable(e instanceof TimeoutException
                        || e instanceof java.net.http.HttpTimeoutException
                        ? "llm timed out after " + properties.timeout().toSeconds() + " s" : "llm unreachable (" + e.getClass().getSimpleName() + ")"))
                .flatMap(response -> {
                    if (response.statusCode() != 200) {
                        return log(tenantId, 0, 0, "http_" + response.statusCode())
                                .then(Mono.error(new LlmUnavailable("llm answered HTTP " + response.statusCode())));
                    }
                    JsonNode json;
                    try {
                        json = EventJson.tree(response.body());
                    } catch (RuntimeException e) {
                        return log(tenantId, 0, 0, "malformed").then(Mono.error(new LlmUnavailable("llm answered malformed JSON")));
                    }
                    int prompt = json.path("usage").path("prompt_tokens").asInt(0);
                    int completion = json.path("usage").path("completion_tokens").asInt(0);
                    try {
                        List<Persona> personas = parse(json.path("choices").path(0).path("message").path("content").asString(""));
                        return log(tenantId, prompt, completion, "ok").thenReturn(personas);
                    } catch (RuntimeException e) {
                        return log(tenantId, prompt, completion, "invalid")
                                .then(Mono.error(new LlmUnavailable("llm output failed validation: " + e.getMessage())));
                    }
                });
    }

    private Mono<Void> log(UUID tenantId, int prompt, int completion, String outcome) {
        long cost = Math.round((prompt / 1000.0 * properties.inputAudPer1kTokens()
                + completion / 1000.0 * properties.outputAudPer1kTokens()) * 1_000_000);
        return usage.record(tenantId, clock.instant(), properties.model(), prompt, completion, cost, outcome);
    }

    /** The model's JSON as personas; anything off the schema, the days or the allowed merge fields is rejected. */
    static List<Persona> parse(String content) {
        JsonNode root = EventJson.tree(content);
        JsonNode list = root.path("personas");
        if (!list.isArray() || list.isEmpty() || list.size() > 3) {
            throw new IllegalArgumentException("expected 1 to 3 personas");
        }
        List<Persona> personas = new ArrayList<>();
        for (JsonNode p : list) {
            List<String> pains = new ArrayList<>();
            p.path("pains").forEach(pain -> pains.add(pain.asString()));
            List<Touch> touches = new ArrayList<>();
            p.path("sequence").forEach(t -> touches.add(new Touch(t.path("day").asInt(0), t.path("subject").asString(""),
                    t.path("body").asString(""))));
            if (!touches.stream().map(Touch::day).toList().equals(DAYS)) {
                throw new IllegalArgumentException("a sequence goes out on days " + DAYS);
            }
            for (Touch t : touches) {
                Matcher m = MERGE_FIELD.matcher(t.subject() + " " + t.body());
                while (m.find()) {
                    if (!ALLOWED_FIELDS.contains(m.group(1))) {
                        throw new IllegalArgumentException("unknown merge field {{" + m.group(1) + "}}");
                    }
                }
            }
            if (!touches.get(0).body().contains("{{firstName}}")) {
                throw new IllegalArgumentException("the first touch must greet {{firstName}}");
            }
            String key = p.path("key").asString("");
            String title = p.path("title").asString("");
            if (key.isBlank() || title.isBlank()) {
                throw new IllegalArgumentException("a persona needs a key and a title");
            }
            personas.add(new Persona(key, title, pains, touches));
        }
        return personas;
    }

    String request(VendorProfile vendor, ProspectProfile prospect, List<DefaultPersona> chosen) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("vendor", Map.of("name", vendor.name(), "domain", vendor.domain(),
                "offer", vendor.offer() == null ? "" : vendor.offer().text(),
                "valuePropositions", texts(vendor.valuePropositions()), "products", texts(vendor.products()),
                "differentiators", texts(vendor.differentiators()), "proof", texts(vendor.proof()),
                "pricing", texts(vendor.pricingSignals())));
        facts.put("prospect", Map.of("name", prospect.name(), "domain", prospect.domain(), "language", prospect.language(),
                "whatTheySell", prospect.whatTheySell() == null ? "" : prospect.whatTheySell().text(),
                "audience", texts(prospect.audience()), "sizeAndGrowth", texts(prospect.sizeAndGrowth()),
                "hiring", texts(prospect.hiring()), "industry", prospect.industry()));
        facts.put("personas", chosen.stream().map(p -> Map.of("key", p.name())).toList());
        Map<String, Object> touch = Map.of("type", "object", "additionalProperties", false,
                "required", List.of("day", "subject", "body"),
                "properties", Map.of("day", Map.of("type", "integer"), "subject", Map.of("type", "string"),
                        "body", Map.of("type", "string")));
        Map<String, Object> persona = Map.of("type", "object", "additionalProperties", false,
                "required", List.of("key", "title", "pains", "sequence"),
                "properties", Map.of("key", Map.of("type", "string"), "title", Map.of("type", "string"),
                        "pains", Map.of("type", "array", "items", Map.of("type", "string")),
                        "sequence", Map.of("type", "array", "items", touch)));
        Map<String, Object> schema = Map.of("type", "object", "additionalProperties", false, "required", List.of("personas"),
                "properties", Map.of("personas", Map.of("type", "array", "items", persona)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", properties.model());
        body.put("temperature", 0.3);
        body.put("messages", List.of(
                Map.of("role", "system", "content", "You write B2B cold email sequences. For each persona key given, write"
                        + " pains and exactly four emails on days 1 (pain), 3 (value), 7 (proof) and 14 (break-up). Use only the"
                        + " facts provided, quoting them; invent nothing about either company. Use the merge fields {{firstName}},"
                        + " {{companyName}} and {{senderName}} and no others; greet {{firstName}} in the first email."),
                Map.of("role", "user", "content", EventJson.write(facts))));
        body.put("response_format", Map.of("type", "json_schema",
                "json_schema", Map.of("name", "playbook_personas", "strict", true, "schema", schema)));
        return EventJson.write(body);
    }

    private static List<String> texts(List<Fact> facts) {
        return facts.stream().map(Fact::text).toList();
    }
}
