package com.agencyos.analytics.lead.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A search over one tenant's leads; every criterion is optional (null). Results are sorted (by last activity,
 * newest first, unless asked otherwise) and paged with a cursor.
 *
 * @param text matched, case-insensitively, anywhere in the email, first or last name, full name, company name or
 *     company domain
 * @param minScore lowest score, inclusive; leads without a score never match a score bound
 * @param maxScore highest score, inclusive
 * @param after where the previous page ended, null for the first page
 * @param campaignId only leads whose latest campaign is this one
 * @param sort the order of the results
 */
public record LeadSearch(Tier tier, LeadStatus status, String text, Double minScore, Double maxScore, int limit,
        LeadCursor after, UUID campaignId, LeadSort sort) {

    public LeadSearch(Tier tier, LeadStatus status, String text, Double minScore, Double maxScore, int limit,
            LeadCursor after) {
        this(tier, status, text, minScore, maxScore, limit, after, null, LeadSort.LAST_ACTIVITY_DESC);
    }

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT = 200;

    public static LeadSearch firstPage() {
        return new LeadSearch(null, null, null, null, null, DEFAULT_LIMIT, null);
    }

    public static LeadSearch parse(String tier, String status, String q, String minScore, String maxScore, String limit,
            String cursor) {
        return parse(tier, status, q, minScore, maxScore, limit, cursor, null, null);
    }

    /** Reads the search from request parameters (null when absent); every bad value is reported at once. */
    public static LeadSearch parse(String tier, String status, String q, String minScore, String maxScore, String limit,
            String cursor, String campaign, String sort) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID campaignId = null;
        if (present(campaign)) {
            try {
                campaignId = UUID.fromString(campaign.trim());
            } catch (IllegalArgumentException e) {
                errors.put("campaign", "must be a campaign id (UUID)");
            }
        }
        LeadSort order = LeadSort.LAST_ACTIVITY_DESC;
        if (present(sort)) {
            order = LeadSort.named(sort.trim());
            if (order == null) {
                errors.put("sort", "must be one of " + Arrays.stream(LeadSort.values()).map(LeadSort::parameter)
                        .collect(Collectors.joining(", ")));
                order = LeadSort.LAST_ACTIVITY_DESC;
            }
        }
        Tier tierValue = null;
        if (present(tier)) {
            tierValue = Tier.named(tier.trim());
            if (tierValue == null) {
                errors.put("tier", "must be one of " + names(Tier.values()));
            }
        }
        LeadStatus statusValue = null;
        if (present(status)) {
            statusValue = LeadStatus.named(status.trim());
            if (statusValue == null) {
                errors.put("status", "must be one of " + names(LeadStatus.values()));
            }
        }
        String text = present(q) ? q.trim() : null;
        if (text != null && text.length() > MAX_TEXT) {
            errors.put("q", "must be at most " + MAX_TEXT + " characters");
        }
        Double min = score("minScore", minScore, errors);
        Double max = score("maxScore", maxScore, errors);
        if (min != null && max != null && min > max) {
            errors.put("minScore", "must not be greater than maxScore");
        }
        int size = DEFAULT_LIMIT;
        if (present(limit)) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX_LIMIT) {
                errors.put("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        LeadCursor after = null;
        if (present(cursor)) {
            try {
                after = LeadCursor.decode(cursor.trim());
                if (after.sort() != order) {
                    errors.put("cursor", "was made for sort " + after.sort().parameter() + ", not " + order.parameter());
                }
            } catch (IllegalArgumentException e) {
                errors.put("cursor", "is not a cursor this API returned");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidLeadSearch(errors);
        }
        return new LeadSearch(tierValue, statusValue, text, min, max, size, after, campaignId, order);
    }

    /**
     * The page made of what the store returned for this search, which is asked for one lead more than the limit:
     * that extra lead is how we know another page follows.
     */
    public LeadPage page(List<LeadView> fetched) {
        if (fetched.size() <= limit) {
            return new LeadPage(fetched, null);
        }
        List<LeadView> items = fetched.subList(0, limit);
        return new LeadPage(items, LeadCursor.after(items.getLast(), sort));
    }

    private static Double score(String name, String value, Map<String, String> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            BigDecimal score = new BigDecimal(value.trim());
            if (score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return score.doubleValue();
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        errors.put(name, "must be a number from 0 to 100");
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
