package com.agencyos.scoring.score.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Reads a country written as an English name, an ISO 3166 alpha-2 or alpha-3 code, or a common
 * abbreviation, so that "AU", "aus" and "Australia" are the same country.
 */
final class Countries {

    private static final Map<String, String> CODE_BY_SPELLING = spellings();

    private Countries() {
    }

    /** The ISO alpha-2 code for a spelling the JDK's country list knows. */
    static Optional<String> isoCode(String country) {
        return Optional.ofNullable(CODE_BY_SPELLING.get(normalise(country)));
    }

    static boolean same(String left, String right) {
        if (Words.isBlank(left) || Words.isBlank(right)) {
            return false;
        }
        Optional<String> leftCode = isoCode(left);
        Optional<String> rightCode = isoCode(right);
        if (leftCode.isPresent() && rightCode.isPresent()) {
            return leftCode.equals(rightCode);
        }
        return normalise(left).equals(normalise(right));
    }

    private static String normalise(String country) {
        return country.trim().toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
    }

    private static Map<String, String> spellings() {
        Map<String, String> spellings = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = Locale.of("", code);
            spellings.put(code.toLowerCase(Locale.ROOT), code);
            spellings.put(normalise(locale.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                spellings.put(locale.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (MissingResourceException noAlpha3) {
                // the alpha-2 code and the name still identify the country
            }
        }
        spellings.put("uk", "GB");
        spellings.put("great britain", "GB");
        spellings.put("usa", "US");
        spellings.put("united states of america", "US");
        return Map.copyOf(spellings);
    }
}
