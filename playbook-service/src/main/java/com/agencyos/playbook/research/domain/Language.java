package com.agencyos.playbook.research.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a site from its most common function words; the document's {@code lang} attribute
 * decides only when the text is too short to tell. Returns an ISO 639-1 code, or {@code und} when unknown.
 */
public final class Language {

    public static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put("en", Set.of("the", "and", "of", "to", "is", "for", "with", "our", "you", "your", "we", "are"));
        FUNCTION_WORDS.put("de", Set.of("der", "die", "und", "das", "ist", "mit", "für", "wir", "sie", "ein", "eine", "nicht", "von", "zu"));
        FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "et", "des", "est", "pour", "avec", "nous", "vous", "une", "dans", "du"));
        FUNCTION_WORDS.put("es", Set.of("el", "la", "los", "las", "y", "es", "para", "con", "nuestro", "una", "del", "que", "en"));
        FUNCTION_WORDS.put("it", Set.of("il", "lo", "gli", "e", "è", "per", "con", "della", "del", "una", "che", "nostro", "di"));
        FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "en", "is", "voor", "met", "wij", "onze", "van", "niet", "zijn"));
        FUNCTION_WORDS.put("pt", Set.of("o", "os", "as", "e", "é", "para", "com", "uma", "do", "da", "não", "nosso", "em"));
    }

    private Language() {
    }

    public static String of(List<Page> pages) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        for (Page page : pages) {
            for (String sentence : page.sentences()) {
                for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    words++;
                    FUNCTION_WORDS.forEach((lang, set) -> {
                        if (set.contains(word)) {
                            hits.merge(lang, 1, Integer::sum);
                        }
                    });
                }
            }
        }
        String best = hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best != null && words >= 20 && hits.get(best) * 20 >= words) {
            return best;
        }
        return pages.stream().map(Page::htmlLang).filter(l -> l.length() >= 2).findFirst()
                .map(l -> l.substring(0, 2).toLowerCase(Locale.ROOT)).orElse(best == null ? UNDETERMINED : best);
    }
}
