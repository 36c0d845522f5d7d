package com.agencyos.playbook.account.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The function a job title belongs to. A functional word beats a seniority word, so "Sales Director" and
 * "Chief Marketing Officer" read as their function and only titles naming no function ("Managing Director",
 * "Founder & CEO") read as {@code executive}. Words are matched whole and case-insensitively.
 */
public enum TitleFamily {
    sales("sales", "business development", "bdr", "sdr", "account executive", "account manager", "account director", "revenue", "cro",
            "commercial", "partnerships"),
    marketing("marketing", "cmo", "brand", "growth", "demand generation", "communications", "content", "seo"),
    technology("cto", "cio", "ciso", "technology", "it", "engineering", "engineer", "developer", "software",
            "information", "data", "security", "systems"),
    finance("cfo", "finance", "financial", "accountant", "accounts", "accounting", "controller", "treasurer",
            "bookkeeper"),
    people("hr", "human resources", "people", "talent", "recruitment", "recruiter", "chro"),
    operations("coo", "operations", "operating", "ops", "logistics", "supply chain", "procurement", "production",
            "facilities"),
    executive("ceo", "founder", "co founder", "cofounder", "owner", "managing director", "md", "president",
            "principal", "partner", "general manager", "gm", "director", "chief executive", "proprietor", "chairman",
            "executive"),
    unknown;

    private final List<List<String>> phrases;

    TitleFamily(String... phrases) {
        this.phrases = Arrays.stream(phrases).map(TitleFamily::words).toList();
    }

    public static TitleFamily of(String title) {
        List<String> words = words(title);
        if (words.isEmpty()) {
            return unknown;
        }
        for (TitleFamily family : values()) {
            if (family.phrases.stream().anyMatch(phrase -> containsPhrase(words, phrase))) {
                return family;
            }
        }
        return unknown;
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
