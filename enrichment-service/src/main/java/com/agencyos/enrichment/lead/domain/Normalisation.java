package com.agencyos.enrichment.lead.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The free work done before any provider is paid: lower-cased email, the company domain from the domain, website
 * or email (never from a free-mail address), company name clean-up, free-mail and role-address detection, and the
 * phone number in E.164 with the tenant's country as the default region.
 */
public final class Normalisation {

    /** What the form said, normalised; below what a provider that checked the value would claim. */
    public static final double FORM_CONFIDENCE = 0.8;
    public static final String FORM = "form";

    static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "outlook.com.au",
            "hotmail.com", "hotmail.com.au", "live.com", "live.com.au", "msn.com", "yahoo.com", "yahoo.com.au",
            "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "bigpond.com",
            "bigpond.net.au", "bigpond.com.au", "optusnet.com.au", "tpg.com.au", "iinet.net.au", "internode.on.net",
            "dodo.com.au", "westnet.com.au", "xtra.co.nz", "gmx.com", "gmx.net", "mail.com", "zoho.com", "yandex.com",
            "fastmail.com", "hey.com", "qq.com", "163.com");
    static final Set<String> ROLE_MAILBOXES = Set.of("info", "sales", "admin", "administrator", "contact", "contactus",
            "hello", "support", "help", "office", "enquiries", "enquiry", "inquiries", "team", "marketing", "accounts",
            "accounting", "billing", "finance", "noreply", "no-reply", "donotreply", "hr", "jobs", "careers",
            "recruitment", "reception", "mail", "webmaster", "postmaster", "abuse", "service", "orders", "bookings");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?i)[\\s,]+(pty\\.?\\s*ltd\\.?|pty\\.?\\s*limited|proprietary\\s+limited|ltd\\.?|limited|inc\\.?|incorporated|"
                    + "llc|l\\.l\\.c\\.|gmbh|corp\\.?|corporation|plc|pte\\.?\\s*ltd\\.?)$");
    private static final Map<String, String> COUNTRY_NAMES = Map.of("australia", "AU", "new zealand", "NZ",
            "united states", "US", "usa", "US", "united kingdom", "GB", "uk", "GB", "canada", "CA", "singapore", "SG",
            "ireland", "IE");

    private Normalisation() {
    }

    /** Normalises what intake knew; {@code tenantCountry} (ISO alpha-2, may be null) is the phone's default region. */
    public static NormalisedLead normalise(LeadIntake intake, String tenantCountry, Instant now) {
        String email = blankToNull(intake.email()) == null ? null : intake.email().trim().toLowerCase(Locale.ROOT);
        int at = email == null ? -1 : email.lastIndexOf('@');
        String emailDomain = at > 0 ? email.substring(at + 1) : null;
        boolean freeMail = emailDomain != null && FREE_MAIL.contains(emailDomain);
        boolean roleAddress = at > 0 && ROLE_MAILBOXES.contains(email.substring(0, at).replaceAll("[._]", ""));
        String domain = domainOf(intake.companyDomain());
        if (domain == null) {
            domain = domainOf(intake.website());
        }
        if (domain == null && !freeMail) {
            domain = emailDomain;
        }
        String website = websiteUrl(intake.website(), domain);
        String contactCountry = countryCode(intake.country());
        String region = tenantCountry != null ? tenantCountry : contactCountry;
        ProviderAnswer.Builder form = ProviderAnswer.from(FORM, now)
                .put(Field.EMAIL, email, 1.0)
                .put(Field.FIRST_NAME, intake.firstName(), FORM_CONFIDENCE)
                .put(Field.LAST_NAME, intake.lastName(), FORM_CONFIDENCE)
                .put(Field.TITLE, intake.title(), FORM_CONFIDENCE)
                .put(Field.PHONE, e164(intake.phone(), region), FORM_CONFIDENCE)
                .put(Field.LINKEDIN_URL, intake.linkedinUrl(), FORM_CONFIDENCE)
                .put(Field.CONTACT_COUNTRY, contactCountry != null ? contactCountry : intake.country(), FORM_CONFIDENCE)
                .put(Field.EMPLOYMENT_START_DATE, intake.employmentStartDate(), FORM_CONFIDENCE)
                .put(Field.COMPANY_NAME, cleanCompanyName(intake.companyName()), FORM_CONFIDENCE)
                .put(Field.COMPANY_DOMAIN, domain, FORM_CONFIDENCE)
                .put(Field.WEBSITE, website, FORM_CONFIDENCE)
                .put(Field.INDUSTRY, intake.industry(), FORM_CONFIDENCE)
                .put(Field.EMPLOYEE_COUNT, intake.employeeCount(), FORM_CONFIDENCE)
                .put(Field.HIRING, intake.hiring(), FORM_CONFIDENCE)
                .put(Field.LATEST_FUNDING_DATE, intake.latestFundingDate(), FORM_CONFIDENCE);
        return new NormalisedLead(intake, email, emailDomain, roleAddress, freeMail, domain, website, form.build());
    }

    /** {@code https://www.Acme.com.au/about} → {@code acme.com.au}; null when there is no dotted host name. */
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
        value = value.substring(0, end).replaceFirst("^www\\.", "").replaceAll("\\.$", "");
        return value.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? value : null;
    }

    /** The site to visit: the submitted website (a scheme added when missing), else the company domain over https. */
    static String websiteUrl(String website, String domain) {
        String value = blankToNull(website);
        if (value != null) {
            value = value.trim();
            return value.matches("(?i)^https?://.*") ? value : "https://" + value;
        }
        return domain == null ? null : "https://" + domain + "/";
    }

    /** {@code Acme  Plumbing Pty Ltd} → {@code Acme Plumbing}: whitespace collapsed, legal suffixes dropped. */
    public static String cleanCompanyName(String name) {
        String value = blankToNull(name);
        if (value == null) {
            return null;
        }
        value = value.trim().replaceAll("\\s+", " ");
        String stripped = LEGAL_SUFFIX.matcher(value).replaceFirst("").trim();
        return stripped.isEmpty() ? value : stripped;
    }

    /** A phone number in E.164, or null when it cannot be parsed into a valid number. */
    public static String e164(String phone, String defaultRegion) {
        String value = blankToNull(phone);
        if (value == null) {
            return null;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            String region = defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT);
            PhoneNumber parsed = util.parse(value.trim(), region);
            return util.isValidNumber(parsed) ? util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** An ISO 3166-1 alpha-2 code for a code or a common country name; null when not recognised. */
    public static String countryCode(String country) {
        String value = blankToNull(country);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.matches("[A-Za-z]{2}")) {
            return trimmed.toUpperCase(Locale.ROOT);
        }
        return COUNTRY_NAMES.get(trimmed.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
