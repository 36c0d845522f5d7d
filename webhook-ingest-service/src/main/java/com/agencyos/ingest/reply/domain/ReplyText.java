package com.agencyos.ingest.reply.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts an email reply down to what the sender wrote this time: quoted history, forwarded headers, mobile
 * footers, signatures and legal boilerplate go. The classifier and the {@code excerpt} see only that text.
 *
 * <p>The cuts are conservative where they could eat the message itself: a sign-off or a trailing contact
 * block is only removed when something the sender wrote remains above it.
 */
public final class ReplyText {

    private static final Pattern ON_WROTE = Pattern.compile(
            "^(?:>\\s*)?(?:"
                    + "on\\s.{0,300}\\bwrote\\s?:"
                    + "|le\\s.{0,300}\\ba\\s+écrit\\s?:"
                    + "|am\\s.{0,300}\\bschrieb\\b.{0,200}:"
                    + "|el\\s.{0,300}\\bescribió\\s?:"
                    + "|il\\s.{0,300}\\bha\\s+scritto\\s?:"
                    + "|op\\s.{0,300}\\bschreef\\b.{0,200}:"
                    + "|em\\s.{0,300}\\bescreveu\\s?:"
                    + ")\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ON_WROTE_START = Pattern.compile(
            "^(?:>\\s*)?(?:on|le|am|el|il|op|em)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOMEONE_WROTE = Pattern.compile("^.{1,160}\\bwrote\\s?:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR_BANNER = Pattern.compile(
            "^\\s*-{2,}\\s*(?:original message|forwarded message|message d'origine|ursprüngliche nachricht"
                    + "|mensaje original|messaggio originale|oorspronkelijk bericht)\\s*-{2,}\\s*$"
                    + "|^\\s*begin forwarded message\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNDERSCORE_RULE = Pattern.compile("^\\s*_{8,}\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile(
            "^\\s*\\*?(?:from|von|de|van|da|från|fra)\\s?:\\*?\\s*\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SENT = Pattern.compile(
            "^\\s*\\*?(?:sent|date|gesendet|datum|envoyé|enviado|inviato|verzonden|skickat|sendt)\\s?:\\*?.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUOTED_LINE = Pattern.compile("^\\s*>.*$");
    private static final Pattern MOBILE_FOOTER = Pattern.compile(
            "^\\s*(?:sent from my \\S.*|sent from (?:mail|outlook|yahoo|gmail|samsung|my mobile)\\b.*"
                    + "|get outlook for (?:ios|android)\\b.*|sent via .{0,40}(?:mobile|phone|iphone|android).*"
                    + "|envoyé de mon \\S.*|von meinem \\S.* gesendet.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "\\bconfidential|\\bintended (?:only )?(?:for the )?(?:use of the )?(?:recipient|addressee)"
                    + "|\\bprivileged\\b|\\breceived this (?:e-?mail|message|communication) in error|\\bdisclaimer\\b"
                    + "|\\bunauthori[sz]ed (?:use|disclosure|copying|review)|\\bbefore printing\\b"
                    + "|\\btraditional (?:owners|custodians)\\b|\\bliability limited by a scheme"
                    + "|\\bdoes not accept (?:any )?liability|\\bviruses\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^\\s*(?:thanks|thank you|thanks again|many thanks|thanks heaps|thanks so much|thanks very much|with thanks"
                    + "|cheers|cheers mate|ta|regards|kind regards|best regards|warm regards|warmest regards|kindest regards"
                    + "|best wishes|best|all the best|sincerely|yours sincerely|yours truly|yours faithfully|respectfully"
                    + "|talk soon|speak soon|rgds|kr|br|mit freundlichen grüßen|cordialement|bien à vous)"
                    + "\\s*[,.!]*(?:\\s+[A-Z][\\p{L}'-]+){0,2}\\s*[,.!]*\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTACT_MARKER = Pattern.compile(
            "\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b|\\bwww\\.|https?://|linkedin\\.com"
                    + "|(?:^|\\s)(?:m|p|t|e|w|ph|mob|mobile|tel|phone|fax|direct|office)\\s?[:.]\\s"
                    + "|\\+?\\(?\\d[\\d ()-]{7,}\\d|\\babn\\b|\\bpty\\.? ltd\\b|\\s\\|\\s"
                    + "|\\b(?:nsw|vic|qld|wa|sa|tas|nt|act)\\s+\\d{4}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_LINE = Pattern.compile("^\\s*(?:(?:[A-Z][\\p{Ll}'-]+|[A-Z]{1,3}\\.?)\\s*){1,3}$");
    private static final int MAX_SIGNATURE_LINES = 14;
    private static final int MAX_SIGNATURE_LINE_LENGTH = 90;

    private ReplyText() {
    }

    /** The text the sender wrote in this reply, trimmed; empty when nothing new was written. */
    public static String strip(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        List<String> lines = new ArrayList<>(List.of(raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00a0', ' ').split("\n", -1)));
        lines = lines.subList(0, quotedHistoryStart(lines));
        lines = new ArrayList<>(lines.stream().filter(line -> !QUOTED_LINE.matcher(line).matches()).toList());
        lines = cutAtFirst(lines, MOBILE_FOOTER);
        lines = cutAtFirst(lines, SIGNATURE_DELIMITER);
        lines = cutDisclaimers(lines);
        lines = cutSignOff(lines);
        lines = cutTrailingContactBlocks(lines);
        return tidy(lines);
    }

    private static int quotedHistoryStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SEPARATOR_BANNER.matcher(line).matches() || startsReplyHeader(lines, i) || startsOutlookHeader(lines, i)) {
                return i;
            }
            if (UNDERSCORE_RULE.matcher(line).matches() && i + 1 < lines.size() && startsOutlookHeader(lines, i + 1)) {
                return i;
            }
            if (SOMEONE_WROTE.matcher(line).matches() && nextNonBlankIsQuoted(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    /** "On Tue, 3 Dec 2024 at 10:02, Jess <jess@x.com> wrote:" and its translations; clients wrap it over up to three lines. */
    private static boolean startsReplyHeader(List<String> lines, int start) {
        if (!ON_WROTE_START.matcher(lines.get(start)).find()) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = start; i < Math.min(lines.size(), start + 3); i++) {
            if (i > start) {
                joined.append(' ');
            }
            joined.append(lines.get(i).replaceFirst("^>\\s*", "").strip());
            if (ON_WROTE.matcher(joined).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Outlook's "From: … / Sent: …" block, which introduces an unquoted copy of the earlier message. */
    private static boolean startsOutlookHeader(List<String> lines, int start) {
        if (!HEADER_FROM.matcher(lines.get(start)).matches()) {
            return false;
        }
        for (int i = start + 1; i < Math.min(lines.size(), start + 5); i++) {
            if (HEADER_SENT.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextNonBlankIsQuoted(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return QUOTED_LINE.matcher(lines.get(i)).matches();
            }
        }
        return false;
    }

    private static List<String> cutAtFirst(List<String> lines, Pattern marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (marker.matcher(lines.get(i)).matches()) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    /** Boilerplate sits in its own paragraph at the bottom; the paragraph and all below it go. */
    private static List<String> cutDisclaimers(List<String> lines) {
        int paragraphStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isBlank()) {
                if (i > paragraphStart && hasContentBefore(lines, paragraphStart)
                        && DISCLAIMER.matcher(String.join(" ", lines.subList(paragraphStart, i))).find()) {
                    return lines.subList(0, paragraphStart);
                }
                paragraphStart = i + 1;
            }
        }
        return lines;
    }

    /** "Cheers,\nTom\nHead of Sales\n0412 …": a sign-off followed only by short lines is where the signature begins. */
    private static List<String> cutSignOff(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (SIGN_OFF.matcher(lines.get(i)).matches() && hasContentBefore(lines, i) && onlySignatureFollows(lines, i + 1)) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    private static boolean onlySignatureFollows(List<String> lines, int from) {
        List<String> rest = lines.subList(from, lines.size()).stream().filter(line -> !line.isBlank()).toList();
        return rest.size() <= MAX_SIGNATURE_LINES && rest.stream().allMatch(ReplyText::looksLikeSignatureLine);
    }

    private static boolean looksLikeSignatureLine(String line) {
        String trimmed = line.strip();
        return trimmed.length() <= MAX_SIGNATURE_LINE_LENGTH
                && !trimmed.endsWith("?")
                && !trimmed.toLowerCase().startsWith("p.s")
                && !trimmed.toLowerCase().startsWith("ps ")
                && !isSentence(trimmed);
    }

    private static boolean isSentence(String line) {
        return line.matches(".*[.!]\\s*$") && line.split("\\s+").length >= 6;
    }

    /**
     * A signature with no sign-off above it: trailing paragraphs that are contact details (phone, address, links,
     * "Name | Title") or just a name or initials.
     */
    private static List<String> cutTrailingContactBlocks(List<String> lines) {
        List<String> kept = lines;
        while (true) {
            int end = lastNonBlank(kept);
            if (end < 0) {
                return kept;
            }
            int start = end;
            while (start > 0 && !kept.get(start - 1).isBlank()) {
                start--;
            }
            List<String> paragraph = kept.subList(start, end + 1);
            if (!hasContentBefore(kept, start) || !isSignatureParagraph(paragraph)) {
                return kept;
            }
            kept = kept.subList(0, start);
        }
    }

    private static boolean isSignatureParagraph(List<String> paragraph) {
        if (paragraph.size() > MAX_SIGNATURE_LINES || !paragraph.stream().allMatch(ReplyText::looksLikeSignatureLine)) {
            return false;
        }
        boolean contact = paragraph.stream().anyMatch(line -> CONTACT_MARKER.matcher(line).find());
        boolean nameOnly = paragraph.size() <= 2 && paragraph.stream().allMatch(line -> NAME_LINE.matcher(line).matches());
        boolean nameAndTitle = paragraph.size() >= 2 && paragraph.size() <= 4
                && NAME_LINE.matcher(paragraph.getFirst()).matches()
                && paragraph.stream().noneMatch(line -> line.strip().matches(".*[.!?,;:]$"));
        return contact || nameOnly || nameAndTitle;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasContentBefore(List<String> lines, int index) {
        for (int i = 0; i < index; i++) {
            if (!lines.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String tidy(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.isBlank()) {
                pendingBlank = !text.isEmpty();
                continue;
            }
            if (pendingBlank) {
                text.append("\n\n");
            } else if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(trimmed);
            pendingBlank = false;
        }
        return text.toString().strip();
    }
}
