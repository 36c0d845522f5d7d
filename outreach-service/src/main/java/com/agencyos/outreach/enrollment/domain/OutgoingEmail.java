package com.agencyos.outreach.enrollment.domain;

import java.util.Objects;

/**
 * An email as it is handed to SMTP: our own RFC 5322 Message-ID, the thread headers of a follow-up, the RFC 2369 /
 * RFC 8058 unsubscribe headers, and a text and an HTML part that both end with who sends it and their postal address
 * (Spam Act, CAN-SPAM) and the unsubscribe link.
 *
 * @param inReplyTo the previous email's Message-ID; null for the first of a thread
 * @param references the thread's Message-IDs, oldest first, separated by a space; null for the first
 * @param listUnsubscribe the value of {@code List-Unsubscribe}: the https link first, then the mailto
 */
public record OutgoingEmail(String messageId, String inReplyTo, String references, String fromName, String fromAddress,
        String to, String subject, String text, String html, String listUnsubscribe, String unsubscribeUrl) {

    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe=One-Click";

    public OutgoingEmail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(listUnsubscribe, "listUnsubscribe");
    }

    /**
     * The email of a touch.
     *
     * @param firstMessageId the thread's first Message-ID (null for the first email)
     */
    public static OutgoingEmail of(Touch touch, String firstMessageId, String fromName, String fromAddress, String postalAddress,
            String unsubscribeUrl) {
        String references = touch.inReplyTo() == null ? null
                : firstMessageId == null || firstMessageId.equals(touch.inReplyTo()) ? touch.inReplyTo()
                : firstMessageId + " " + touch.inReplyTo();
        String mailto = "mailto:" + fromAddress + "?subject=unsubscribe";
        String text = touch.body() + "\n\n--\n" + fromName + "\n" + postalAddress + "\nUnsubscribe: " + unsubscribeUrl + "\n";
        String html = "<html><body>" + paragraphs(touch.body()) + "<hr><p style=\"font-size:12px;color:#666\">" + escape(fromName)
                + "<br>" + escape(postalAddress) + "<br><a href=\"" + escape(unsubscribeUrl) + "\">Unsubscribe</a></p></body></html>";
        return new OutgoingEmail(touch.messageId(), touch.inReplyTo(), references, fromName, fromAddress, touch.to(), touch.subject(),
                text, html, "<" + unsubscribeUrl + ">, <" + mailto + ">", unsubscribeUrl);
    }

    private static String paragraphs(String body) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
