package com.agencyos.ingest.reply.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.platform.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostmarkInboundJsonTest {

    static final UUID TENANT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSenderThreadMailboxHashAndBody() {
        var reply = PostmarkInboundJson.read(TENANT, bytes("""
                {"From":"Jo Bloggs <jo@acme.com.au>","FromFull":{"Email":"jo@acme.com.au","Name":"Jo","MailboxHash":""},
                 "Subject":"Re: quotes","MessageID":"pm-1","TextBody":"Yes, call me.\\n\\n> On Mon you wrote:","MailboxHash":"abc",
                 "Headers":[{"Name":"Message-ID","Value":"<r1@acme.com.au>"},{"Name":"In-Reply-To","Value":"<t2@agency>"},
                            {"Name":"References","Value":"<t1@agency> <t2@agency>"}]}"""), NOW);
        assertThat(reply.sender()).isEqualTo("jo@acme.com.au");
        assertThat(reply.referencedMessageIds()).containsExactly("<t2@agency>", "<t1@agency>");
        assertThat(reply.mailboxHash()).isEqualTo("abc");
        assertThat(reply.providerRef()).isEqualTo("postmark:pm-1");
        assertThat(reply.text()).startsWith("Yes, call me.");
        assertThat(reply.channel()).isEqualTo("email");
    }

    @Test
    void fallsBackToTheFromHeaderAndTheHtmlBodyAndHashesABodyWithoutMessageId() {
        var reply = PostmarkInboundJson.read(TENANT, bytes("""
                {"From":"\\"Jo\\" <jo@acme.com.au>","HtmlBody":"<p>Not interested</p><script>x()</script>"}"""), NOW);
        assertThat(reply.sender()).isEqualTo("jo@acme.com.au");
        assertThat(reply.text()).contains("Not interested").doesNotContain("<p>").doesNotContain("x()");
        assertThat(reply.providerRef()).startsWith("sha256:");
    }

    @Test
    void malformedOrMistypedBodiesAreBadRequests() {
        for (String body : new String[] {"{", "[]", "{\"TextBody\":\"a\"} x"}) {
            assertThat(catchThrowableOfType(ApiProblem.class, () -> PostmarkInboundJson.read(TENANT, bytes(body), NOW))
                    .type().toString()).as(body).endsWith("/malformed-json");
        }
        for (String body : new String[] {"{\"TextBody\":42}", "{\"Headers\":{}}", "{\"Headers\":[{\"Value\":\"x\"}]}",
                "{\"From\":[\"jo@acme.com.au\"]}"}) {
            assertThat(catchThrowableOfType(ApiProblem.class, () -> PostmarkInboundJson.read(TENANT, bytes(body), NOW))
                    .type().toString()).as(body).endsWith("/invalid-request");
        }
    }
}
