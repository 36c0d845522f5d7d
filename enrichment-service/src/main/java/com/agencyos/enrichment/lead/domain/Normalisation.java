package com.agencyos.enrichment.lead.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The free work done before any provider is paid: lower-cased email, the company domain from the website or
 * the email (never from a free-mail address), role-address detection, status and a confidence that is the share
 * of the fields scoring relies on that are known.
 */
public final class Normalisation {

    static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "yahoo.com", "yahoo.com.au", "icloud.com", "me.com", "aol.com", "proton.me",
            "protonmail.com", "bigpond.com", "bigpond.net.au", "optusnet.com.au", "tpg.com.au", "iinet.net.au",
            "gmx.com", "mail.com", "zoho.com", "yandex.com");
    static final Set<String> ROLE_MAILBOXES = Set.of("info", "sales", "admin", "contact", "hello", "support", "office",
            "enquiries", "team", "marketing", "accounts", "billing", "noreply", "no-reply", "hr", "jobs", "careers");

    private Normalisation() {
    }

    public static EnrichedLead enrich(LeadIntake intake, Instant now) {
        String email = blankToNull(intake.email()) == null ? null : intake.email().trim().toLowerCase(Locale.ROOT);
        String emailDomain = email != null && email.contains("@") ? email.substring(email.indexOf('@') + 1) : null;
        boolean freeMail = emailDomain != null && FREE_MAIL.contains(emailDomain);
        boolean roleAddress = email != null && ROLE_MAILBOXES.contains(email.substring(0, Math.max(0, email.indexOf('@'))));
        String domain = domainOf(intake.companyDomain());
        if (domain == null) {
            domain = domainOf(intake.website());
        }
        if (domain == null && !freeMail) {
            domain = emailDomain;
        }
        String company = cleanCompanyName(intake.companyName());
        EnrichmentStatus status = email == null ? EnrichmentStatus.failed
                : Stream.of(intake.firstName(), intake.lastName(), company).allMatch(v -> blankToNull(v) != null)
                        ? EnrichmentStatus.complete : EnrichmentStatus.partial;
        long known = Stream.of(email, blankToNull(intake.firstName()), blankToNull(intake.lastName()), company, domain,
                blankToNull(intake.title()), blankToNull(intake.phone()), blankToNull(intake.country()))
                .filter(v -> v != null).count();
        double confidence = Math.round(known / 8.0 * 100) / 100.0;
        return new EnrichedLead(intake.leadId(), intake.tenantId(), intake.campaignId(), email, roleAddress, freeMail,
                blankToNull(intake.firstName()), blankToNull(intake.lastName()), blankToNull(intake.title()),
                blankToNull(intake.phone()), blankToNull(intake.linkedinUrl()), blankToNull(intake.country()),
                intake.employmentStartDate(), company, domain, blankToNull(intake.industry()), intake.employeeCount(),
                intake.hiring(), intake.latestFundingDate(), status, confidence, now);
    }

    /** {@code https://www.Acme.com.au/about} → {@code acme.com.au}. */
    public static String domainOf(String urlOrDomain) {
        String value = blankToNull(urlOrDomain);
        if (value == null) {
            return null;
        }
        value = value.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        int end = value.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = value.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        value = value.substring(0, end).replaceFirst("^www\\.", "");
        return value.contains(".") ? value : null;
    }

    static String cleanCompanyName(String name) {
        String value = blankToNull(name);
        return value == null ? null : value.trim().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
