package com.agencyos.scoring.score.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a job title says about buying authority.
 *
 * <p>Matching is case-insensitive and on whole words. Scanning the title from the left, the longest phrase
 * that starts at each word is taken and its words are consumed, so "assistant manager" is read before
 * "manager" can be and "vice president" before "president" can be; of all phrases read, the highest
 * level wins. A title that is an assistant to someone scores nothing whatever role it names.
 *
 * @param level    the level the title earns
 * @param evidence the lower-case words that decided the level, empty when none did
 */
public record TitleAuthority(AuthorityLevel level, String evidence) {

    /** Words between "chief" and "officer" for the title still to read as a C-level role. */
    static final int MAX_WORDS_BETWEEN_CHIEF_AND_OFFICER = 3;

    private static final Map<List<String>, AuthorityLevel> PHRASES = phrases();

    private static final List<List<String>> ASSISTANT_TO_SOMEONE = List.of(
            List.of("assistant", "to"),
            List.of("assistant", "of"),
            List.of("executive", "assistant"),
            List.of("personal", "assistant"),
            List.of("ea", "to"),
            List.of("pa", "to"));

    private static final Set<String> BAD_TITLE_WORDS =
            Set.of("intern", "student", "trainee", "graduate", "retired", "unemployed", "volunteer");

    private static final int LONGEST_PHRASE = PHRASES.keySet().stream()
            .max(Comparator.comparingInt(List::size)).orElseThrow().size();

    public TitleAuthority {
        if (level == null) {
            throw new IllegalArgumentException("level is required");
        }
        evidence = evidence == null ? "" : evidence;
    }

    public int points() {
        return level.points();
    }

    public static TitleAuthority classify(String title) {
        List<String> words = Words.of(title);
        if (words.isEmpty()) {
            return new TitleAuthority(AuthorityLevel.NO_TITLE, "");
        }
        for (List<String> phrase : ASSISTANT_TO_SOMEONE) {
            if (Words.containsPhrase(words, phrase)) {
                return new TitleAuthority(AuthorityLevel.ASSISTANT, String.join(" ", phrase));
            }
        }
        TitleAuthority best = new TitleAuthority(AuthorityLevel.NO_SENIORITY, "");
        int position = 0;
        while (position < words.size()) {
            Optional<Match> match = longestMatchAt(words, position);
            if (match.isEmpty()) {
                position++;
                continue;
            }
            Match found = match.get();
            if (found.level().points() > best.points()) {
                best = new TitleAuthority(found.level(),
                        String.join(" ", words.subList(position, position + found.length())));
            }
            position += found.length();
        }
        return best;
    }

    /** The first word of the title that marks someone without buying power (intern, student, …), if any. */
    public static Optional<String> badTitleWord(String title) {
        return Words.of(title).stream().filter(BAD_TITLE_WORDS::contains).findFirst();
    }

    private static Optional<Match> longestMatchAt(List<String> words, int position) {
        for (int length = Math.min(LONGEST_PHRASE, words.size() - position); length > 0; length--) {
            AuthorityLevel level = PHRASES.get(words.subList(position, position + length));
            if (level != null) {
                Optional<Match> chiefOfficer = chiefOfficerAt(words, position);
                if (chiefOfficer.isPresent() && chiefOfficer.get().length() > length) {
                    return chiefOfficer;
                }
                return Optional.of(new Match(level, length));
            }
        }
        return chiefOfficerAt(words, position);
    }

    /** "chief … officer" with one to three words between reads as a C-level role. */
    private static Optional<Match> chiefOfficerAt(List<String> words, int position) {
        if (!words.get(position).equals("chief")) {
            return Optional.empty();
        }
        int last = Math.min(words.size() - 1, position + MAX_WORDS_BETWEEN_CHIEF_AND_OFFICER + 1);
        for (int officer = position + 2; officer <= last; officer++) {
            if (words.get(officer).equals("officer")) {
                return Optional.of(new Match(AuthorityLevel.C_LEVEL, officer - position + 1));
            }
        }
        return Optional.empty();
    }

    private static Map<List<String>, AuthorityLevel> phrases() {
        Map<List<String>, AuthorityLevel> phrases = new LinkedHashMap<>();
        add(phrases, AuthorityLevel.OWNER, "owner", "founder", "co founder", "cofounder", "ceo",
                "chief executive", "chief executive officer", "managing director", "president");
        add(phrases, AuthorityLevel.C_LEVEL, "cfo", "coo", "cto", "cmo", "cro", "cio", "cpo");
        add(phrases, AuthorityLevel.VICE_PRESIDENT, "vp", "vice president", "svp", "evp");
        add(phrases, AuthorityLevel.DIRECTOR, "director", "head of");
        add(phrases, AuthorityLevel.MANAGER, "manager", "general manager");
        add(phrases, AuthorityLevel.TEAM_LEAD, "assistant manager", "associate manager", "team lead",
                "team leader", "supervisor");
        // A Scrum product owner owns a backlog, not the business: reading it consumes "owner" for nothing.
        add(phrases, AuthorityLevel.NO_SENIORITY, "product owner");
        return Map.copyOf(phrases);
    }

    private static void add(Map<List<String>, AuthorityLevel> phrases, AuthorityLevel level, String... texts) {
        for (String text : texts) {
            phrases.put(Words.of(text), level);
        }
    }

    private record Match(AuthorityLevel level, int length) {
    }
}
