package com.agencyos.ingest.reply.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled reply set in {@code src/test/resources/replies/labelled-replies.jsonl}, one object per line:
 * {@code id}, {@code intent}, {@code receivedOn}, for out-of-office replies the expected {@code returnDate}
 * ({@code null} when none is stated), and the raw {@code text} with its quoted history and signature.
 *
 * <p>The split is fixed: a reply is held out when the first four bytes of the SHA-256 of its id, read as an
 * unsigned number, are 0–29 modulo 100. Only the train split may shape the model or the rules.
 */
final class LabelledReplies {

    static final String RESOURCE = "/replies/labelled-replies.jsonl";
    private static final int HELD_OUT_PERCENT = 30;

    record Reply(String id, ReplyIntent intent, LocalDate receivedOn, LocalDate expectedReturnDate, String text) {
        ReplyModelTrainer.LabelledReply forTraining() {
            return new ReplyModelTrainer.LabelledReply(id, intent, text);
        }
    }

    private LabelledReplies() {
    }

    static List<Reply> all() {
        try (InputStream in = LabelledReplies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(LabelledReplies::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Reply> trainSplit() {
        return all().stream().filter(reply -> !isHeldOut(reply.id())).toList();
    }

    static List<Reply> heldOutSplit() {
        return all().stream().filter(reply -> isHeldOut(reply.id())).toList();
    }

    static boolean isHeldOut(String id) {
        return Integer.toUnsignedLong(ReplyModelTrainer.hash(id)) % 100 < HELD_OUT_PERCENT;
    }

    private static Reply parse(String line) {
        Map<String, String> fields = new FlatJsonObject(line).parse();
        String returnDate = fields.get("returnDate");
        return new Reply(fields.get("id"), ReplyIntent.fromWireName(fields.get("intent")),
                LocalDate.parse(fields.get("receivedOn")), returnDate == null ? null : LocalDate.parse(returnDate),
                fields.get("text"));
    }

    /** Just enough JSON for one flat object of string (or null) values per line; the test classpath has no JSON library of its own. */
    private static final class FlatJsonObject {
        private final String json;
        private int at;

        FlatJsonObject(String json) {
            this.json = json;
        }

        Map<String, String> parse() {
            Map<String, String> fields = new LinkedHashMap<>();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                return fields;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                String value = json.startsWith("null", at) ? nullValue() : string();
                fields.put(key, value);
                skipSpace();
                if (peek() == ',') {
                    at++;
                    continue;
                }
                expect('}');
                return fields;
            }
        }

        private String nullValue() {
            at += 4;
            return null;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = json.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = json.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private void skipSpace() {
            while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return json.charAt(at);
        }

        private void expect(char c) {
            if (json.charAt(at) != c) {
                throw new IllegalArgumentException("Expected '" + c + "' at " + at + " in " + json);
            }
            at++;
        }
    }
}
