package com.agencyos.outreach.enrollment.adapter.web;

import com.agencyos.outreach.enrollment.application.UnsubscribeService;
import com.agencyos.outreach.enrollment.domain.UnsubscribeToken.Recipient;
import com.agencyos.platform.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The recipient's unsubscribe link, public (the signed token is the credential). GET only shows a page, because mail
 * scanners follow links; the page's button, and a mail client's RFC 8058 one-click, POST {@code List-Unsubscribe=One-Click}.
 */
@RestController
class UnsubscribeController {

    static final String ONE_CLICK = "One-Click";

    private final UnsubscribeService unsubscribes;

    UnsubscribeController(UnsubscribeService unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping(path = "/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> page(@PathVariable String token) {
        Recipient recipient = recipientOf(token);
        return Mono.just(html("Unsubscribe", """
                <p>Stop all emails from us to <strong>%s</strong>?</p>
                <form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
                <button type="submit">Unsubscribe</button></form>""".formatted(HtmlUtils.htmlEscape(recipient.email()))));
    }

    @PostMapping(path = "/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> unsubscribe(@PathVariable String token, ServerWebExchange exchange) {
        Recipient recipient = recipientOf(token);
        return exchange.getFormData().flatMap(form -> {
            if (!ONE_CLICK.equals(form.getFirst("List-Unsubscribe"))) {
                return Mono.error(ApiProblem.badRequest("one-click-required",
                        "An unsubscribe is a form POST of List-Unsubscribe=One-Click (RFC 8058)"));
            }
            return unsubscribes.unsubscribe(recipient).thenReturn(html("Unsubscribed",
                    "<p><strong>%s</strong> will get no more emails from us.</p>".formatted(HtmlUtils.htmlEscape(recipient.email()))));
        });
    }

    private Recipient recipientOf(String token) {
        return unsubscribes.recipient(token).orElseThrow(() -> ApiProblem.notFound("Unsubscribe link", "(not valid, or altered)"));
    }

    private static String html(String title, String body) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <meta name="robots" content="noindex"><title>%s</title></head>
                <body style="font-family:sans-serif;max-width:32rem;margin:3rem auto"><h1>%s</h1>
                %s
                </body></html>
                """.formatted(title, title, body);
    }
}
