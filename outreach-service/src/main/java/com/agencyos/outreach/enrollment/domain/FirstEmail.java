package com.agencyos.outreach.enrollment.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The first email of an enrolment, written from what scoring told us and nothing else: no invented compliments,
 * news or claims about the prospect. It asks one question and promises no follow-up after a "no", a promise the
 * stop rules keep. Lead fields are cleaned first, so a field carrying line breaks cannot inject mail headers or
 * reshape the message.
 */
public final class FirstEmail {

    static final int MAX_FIELD_LENGTH = 80;

    private FirstEmail() {
    }

    public static EmailDraft render(ScoredLead lead) {
        String firstName = clean(lead.firstName());
        String company = clean(lead.companyName());
        String title = clean(lead.title());

        String subject = firstName == null
                ? (company == null ? "A quick question" : "A quick question about " + company)
                : firstName + ", a quick question" + (company == null ? "" : " about " + company);

        String why;
        if (title != null && company != null) {
            why = "I'm reaching out because you're " + title + " at " + company + ".";
        } else if (company != null) {
            why = "I'm reaching out to you at " + company + ".";
        } else if (title != null) {
            why = "I'm reaching out because you're " + title + ".";
        } else {
            why = "I'm reaching out to introduce myself.";
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Hi " + (firstName == null ? "there" : firstName) + ",");
        paragraphs.add(why + " I'd like to find out whether what we do could be useful to you"
                + (company == null ? "" : " and the team at " + company) + ".");
        paragraphs.add("Would a 15-minute call next week make sense? If not, just reply and I won't follow up.");
        return new EmailDraft(subject, String.join("\n\n", paragraphs));
    }

    /** Trimmed, control characters and runs of whitespace folded to one space, capped; null when nothing is left. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() <= MAX_FIELD_LENGTH ? cleaned : cleaned.substring(0, MAX_FIELD_LENGTH).strip();
    }
}
