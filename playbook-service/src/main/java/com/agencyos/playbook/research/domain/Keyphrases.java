package com.agencyos.playbook.research.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * RAKE (rapid automatic keyword extraction) over a whole site: candidate phrases are the runs of words between
 * stop words and punctuation; a word scores its co-occurrence degree over its frequency, a phrase the sum of its
 * words, and a phrase that recurs on several pages counts more (the site's own vocabulary, not one page's).
 */
public final class Keyphrases {

    static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "all", "also", "am", "an", "and",
            "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "every", "few", "for", "from",
            "further", "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "just", "let", "like", "made", "make", "many", "may", "me",
            "more", "most", "much", "must", "my", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
            "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same", "see", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "us", "use", "used", "very", "via", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without",
            "would", "you", "your", "yours", "read", "learn", "click", "today", "help", "helps", "way", "ways");

    private Keyphrases() {
    }

    /** The site's top {@code limit} keyphrases, best first, in lower case. */
    public static List<String> of(List<Page> pages, int limit) {
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        Map<String, Integer> phrasePages = new LinkedHashMap<>();
        List<List<String>> allPhrases = new ArrayList<>();
        for (Page page : pages) {
            Set<String> onPage = new java.util.HashSet<>();
            List<String> texts = new ArrayList<>(page.headings());
            texts.addAll(page.sentences());
            texts.add(page.title());
            texts.add(page.description());
            for (String text : texts) {
                for (List<String> phrase : candidates(text)) {
                    allPhrases.add(phrase);
                    onPage.add(String.join(" ", phrase));
                    for (String word : phrase) {
                        frequency.merge(word, 1, Integer::sum);
                        degree.merge(word, phrase.size(), Integer::sum);
                    }
                }
            }
            onPage.forEach(p -> phrasePages.merge(p, 1, Integer::sum));
        }
        Map<String, Double> scores = new HashMap<>();
        for (List<String> phrase : allPhrases) {
            String key = String.join(" ", phrase);
            if (phrase.size() < 2 && frequency.getOrDefault(phrase.get(0), 0) < 3) {
                continue;
            }
            double score = phrase.stream().mapToDouble(w -> (double) degree.get(w) / frequency.get(w)).sum();
            scores.put(key, score * (1 + Math.log(phrasePages.getOrDefault(key, 1))));
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(limit).toList();
    }

    static List<List<String>> candidates(String text) {
        List<List<String>> phrases = new ArrayList<>();
        for (String chunk : text.toLowerCase(Locale.ROOT).split("[\\p{Punct}&&[^'-]]|[–—|•·]")) {
            List<String> current = new ArrayList<>();
            for (String word : chunk.split("\\s+")) {
                String w = word.replaceAll("^[-']+|[-']+$", "");
                if (w.isEmpty() || STOP.contains(w) || w.chars().allMatch(Character::isDigit) || w.length() < 2) {
                    flush(current, phrases);
                    current = new ArrayList<>();
                } else {
                    current.add(w);
                }
            }
            flush(current, phrases);
        }
        return phrases;
    }

    private static void flush(List<String> phrase, List<List<String>> into) {
        if (!phrase.isEmpty() && phrase.size() <= 4) {
            into.add(phrase);
        }
    }
}
