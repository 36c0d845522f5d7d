package com.agencyos.ingest.reply.adapter.web;

import com.agencyos.ingest.lead.domain.SourceRef;
import com.agencyos.ingest.reply.domain.InboundReply;
import com.agencyos.ingest.reply.domain.MessageIds;
import com.agencyos.platform.web.ApiProblem;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Postmark's inbound JSON: {@code From, FromFull{Email,Name,MailboxHash}, Subject, MessageID, TextBody,
 * HtmlBody, MailboxHash, Headers[{Name,Value}]}. The RFC {@code In-Reply-To} and {@code References} are only in
 * {@code Headers}. We classify {@code TextBody} ourselves rather than trust {@code StrippedTextReply}, which Postmark
 * fills only for some clients.
 */
final class PostmarkInboundJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PostmarkInboundJson() {
    }

    static InboundReply read(UUID tenantId, byte[] body, Instant receivedAt) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed-json", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badRequest("malformed-json", "The request body must be a JSON object.");
        }
        String inReplyTo = null;
        String references = null;
        JsonNode headers = root.get("Headers");
        if (headers != null && !headers.isNull()) {
            if (!headers.isArray()) {
                throw invalid("Headers", "must be an array of {Name, Value}");
            }
            for (JsonNode header : headers) {
                String name = text(header, "Name");
                if (name == null) {
                    throw invalid("Headers", "must be an array of {Name, Value}");
                }
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "in-reply-to" -> inReplyTo = text(header, "Value");
                    case "references" -> references = text(header, "Value");
                    default -> {
                    }
                }
            }
        }
        JsonNode fromFull = root.get("FromFull");
        String sender = fromFull != null && fromFull.isObject() ? text(fromFull, "Email") : null;
        if (sender == null) {
            sender = address(text(root, "From"));
        }
        String mailboxHash = text(root, "MailboxHash");
        if (mailboxHash == null && fromFull != null && fromFull.isObject()) {
            mailboxHash = text(fromFull, "MailboxHash");
        }
        String textBody = text(root, "TextBody");
        if (textBody == null) {
            String html = text(root, "HtmlBody");
            textBody = html == null ? "" : html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n").replaceAll("<[^>]*>", " ");
        }
        String messageId = text(root, "MessageID");
        String providerRef = messageId != null ? "postmark:" + messageId : "sha256:" + SourceRef.sha256(body);
        return new InboundReply(tenantId, "email", providerRef, sender, text(root, "Subject"),
                MessageIds.referenced(inReplyTo, references), mailboxHash, textBody, receivedAt);
    }

    /** {@code "Jo Bloggs" <jo@acme.com.au>} → {@code jo@acme.com.au}. */
    private static String address(String from) {
        if (from == null) {
            return null;
        }
        int open = from.lastIndexOf('<');
        int close = from.lastIndexOf('>');
        return open >= 0 && close > open ? from.substring(open + 1, close).strip() : from.strip();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw invalid(name, "must be a string");
        }
        return value.asString().isBlank() ? null : value.asString();
    }

    private static ApiProblem invalid(String field, String problem) {
        return ApiProblem.invalid("The Postmark inbound message has invalid fields.", Map.of(field, problem));
    }
}
