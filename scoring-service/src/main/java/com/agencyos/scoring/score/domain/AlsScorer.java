package com.agencyos.scoring.score.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a lead with the ALS formula: five components of points, combined by weights into 0-100.
 * Pure and deterministic: the same facts, profile, weights and day always give the same breakdown.
 */
public final class AlsScorer {

    static final Set<String> ROLE_MAILBOXES = Set.of("info", "sales", "admin", "contact", "hello", "support",
            "office", "enquiries", "team", "marketing", "accounts", "billing", "noreply", "no-reply", "hr", "jobs",
            "careers");

    static final int RECENT_ROLE_MONTHS = 6;
    static final int RECENT_FUNDING_MONTHS = 12;
    static final int SPAM_SCORE_LIMIT = 50;

    /** Every component's maximum divides it, so weighted points add up without rounding. */
    private static final BigDecimal COMMON_DENOMINATOR = BigDecimal.valueOf(leastCommonMultipleOfMaxPoints());

    public ScoreBreakdown score(LeadFacts lead, Icp icp, Weights weights, LocalDate today) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(icp, "icp");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(today, "today");
        List<Reason> reasons = new ArrayList<>();
        int dataQuality = dataQuality(lead, reasons);
        int authority = authority(lead, reasons);
        int companyFit = companyFit(lead, icp, reasons);
        int timing = timing(lead, today, reasons);
        int risk = risk(lead, icp, reasons);
        int[] points = {dataQuality, authority, companyFit, timing, risk};
        return new ScoreBreakdown(combine(points, weights), dataQuality, authority, companyFit, timing, risk,
                weights, reasons);
    }

    /** round(100 × Σ weight × points / max), half up, computed exactly so .5 never drifts to .4999…. */
    private static int combine(int[] points, Weights weights) {
        BigDecimal numerator = BigDecimal.ZERO;
        for (Component component : Component.values()) {
            BigDecimal share = COMMON_DENOMINATOR.divide(BigDecimal.valueOf(component.maxPoints()));
            numerator = numerator.add(weights.exactly(component)
                    .multiply(BigDecimal.valueOf(points[component.ordinal()]))
                    .multiply(share));
        }
        int score = numerator.multiply(BigDecimal.valueOf(100))
                .divide(COMMON_DENOMINATOR, 0, RoundingMode.HALF_UP)
                .intValueExact();
        return Math.clamp(score, 0, 100);
    }

    private static int dataQuality(LeadFacts lead, List<Reason> reasons) {
        Component component = Component.DATA_QUALITY;
        int points = 0;
        if (Boolean.TRUE.equals(lead.emailVerified())) {
            points += award(reasons, component, 8, "email verified by a provider");
        }
        if (!Words.isBlank(lead.phone())) {
            points += award(reasons, component, 6, "phone number on file");
        }
        if (!Words.isBlank(lead.linkedinUrl())) {
            points += award(reasons, component, 4, "LinkedIn profile on file");
        }
        if (isNamedMailbox(lead.email())) {
            points += award(reasons, component, 2, "email is a named person's mailbox, not a role address");
        }
        return points;
    }

    /** A mailbox with a local part that is not a role address; "info+au" is still "info". */
    static boolean isNamedMailbox(String email) {
        if (Words.isBlank(email)) {
            return false;
        }
        String address = email.trim().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return false;
        }
        String localPart = address.substring(0, at);
        int tag = localPart.indexOf('+');
        if (tag == 0) {
            return false;
        }
        if (tag > 0) {
            localPart = localPart.substring(0, tag);
        }
        return !ROLE_MAILBOXES.contains(localPart);
    }

    private static int authority(LeadFacts lead, List<Reason> reasons) {
        TitleAuthority authority = TitleAuthority.classify(lead.title());
        String why = authority.level() == AuthorityLevel.NO_TITLE
                ? "no title"
                : "title " + quoted(lead.title()) + " → " + authority.level().description();
        return award(reasons, Component.AUTHORITY, authority.points(), why);
    }

    private static int companyFit(LeadFacts lead, Icp icp, List<Reason> reasons) {
        Component component = Component.COMPANY_FIT;
        int points = 0;
        if (icp.coversIndustry(lead.industry())) {
            points += award(reasons, component, 10, "industry " + quoted(lead.industry()) + " is in the ICP");
        }
        if (icp.coversEmployeeCount(lead.employeeCount())) {
            points += award(reasons, component, 5, lead.employeeCount() + " employees, within the ICP's "
                    + icp.sizeMin() + "–" + icp.sizeMax());
        }
        if (icp.coversCountry(lead.country())) {
            points += award(reasons, component, 5, "country " + quoted(lead.country()) + " is an ICP location");
        }
        Integer rank = lead.domainRank();
        if (rank != null && rank > 500) {
            points += award(reasons, component, 2, "domain rank " + rank + " (over 500)");
        } else if (rank != null && rank > 150) {
            points += award(reasons, component, 1, "domain rank " + rank + " (151–500)");
        }
        Integer traffic = lead.organicTraffic();
        if (traffic != null && traffic > 1000) {
            points += award(reasons, component, 2, "organic traffic " + traffic + " (over 1000)");
        } else if (traffic != null && traffic > 200) {
            points += award(reasons, component, 1, "organic traffic " + traffic + " (201–1000)");
        }
        Integer keywords = lead.top10Keywords();
        if (keywords != null && keywords > 0) {
            points += award(reasons, component, 1, "ranks in the top 10 for " + keywords
                    + (keywords == 1 ? " keyword" : " keywords"));
        }
        return points;
    }

    private static int timing(LeadFacts lead, LocalDate today, List<Reason> reasons) {
        Component component = Component.TIMING;
        int points = 0;
        LocalDate started = lead.employmentStartDate();
        if (started != null && started.isAfter(today.minusMonths(RECENT_ROLE_MONTHS))) {
            points += award(reasons, component, 6, "in the current role since " + started + ", under "
                    + RECENT_ROLE_MONTHS + " months");
        }
        if (Boolean.TRUE.equals(lead.hiring())) {
            points += award(reasons, component, 5, "company is hiring");
        }
        LocalDate funded = lead.latestFundingDate();
        if (funded != null && funded.isAfter(today.minusMonths(RECENT_FUNDING_MONTHS))) {
            points += award(reasons, component, 4, "funded on " + funded + ", within "
                    + RECENT_FUNDING_MONTHS + " months");
        }
        return points;
    }

    private static int risk(LeadFacts lead, Icp icp, List<Reason> reasons) {
        Component component = Component.RISK;
        int max = component.maxPoints();
        int points = award(reasons, component, max, "risk starts at " + max);
        if (lead.bounced()) {
            points += deduct(reasons, 15, "email bounced before");
        }
        if (icp.listsCompetitor(lead.companyDomain())) {
            points += deduct(reasons, 10, "company domain " + quoted(lead.companyDomain())
                    + " is on the competitor list");
        }
        Optional<String> badWord = TitleAuthority.badTitleWord(lead.title());
        if (badWord.isPresent()) {
            points += deduct(reasons, 5, "title " + quoted(lead.title()) + " says "
                    + badWord.get());
        }
        boolean rankZero = lead.domainRank() != null && lead.domainRank() == 0;
        boolean unreachable = Boolean.FALSE.equals(lead.websiteReachable());
        if (rankZero || unreachable) {
            String evidence = rankZero && unreachable ? "domain rank 0 and website unreachable"
                    : rankZero ? "domain rank 0" : "website unreachable";
            points += deduct(reasons, 5, "no web presence: " + evidence);
        }
        if (lead.organicTraffic() != null && lead.organicTraffic() == 0) {
            points += deduct(reasons, 3, "organic traffic is 0");
        }
        if (lead.spamScore() != null && lead.spamScore() > SPAM_SCORE_LIMIT) {
            points += deduct(reasons, 3, "spam score " + lead.spamScore() + " is above "
                    + SPAM_SCORE_LIMIT);
        }
        if (points < 0) {
            reasons.add(new Reason(component, -points, "risk does not go below 0, +" + -points));
            points = 0;
        }
        return points;
    }

    private static int award(List<Reason> reasons, Component component, int points, String why) {
        reasons.add(new Reason(component, points, why + ", " + points));
        return points;
    }

    private static int deduct(List<Reason> reasons, int points, String why) {
        reasons.add(new Reason(Component.RISK, -points, why + ", -" + points));
        return -points;
    }

    private static long leastCommonMultipleOfMaxPoints() {
        long multiple = 1;
        for (Component component : Component.values()) {
            multiple = multiple / BigInteger.valueOf(multiple).gcd(BigInteger.valueOf(component.maxPoints()))
                    .longValueExact() * component.maxPoints();
        }
        return multiple;
    }

    private static String quoted(String text) {
        return "'" + text.trim() + "'";
    }
}
