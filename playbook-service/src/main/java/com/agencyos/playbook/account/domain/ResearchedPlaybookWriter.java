package com.agencyos.playbook.account.domain;

import com.agencyos.playbook.account.domain.PlaybookInsights.BattleCard;
import com.agencyos.playbook.account.domain.PlaybookInsights.TalkTrack;
import com.agencyos.playbook.research.domain.Fact;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.VendorProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The built-in generator: writes a playbook from the vendor's and the prospect's profiles. Everything it says
 * about either company is a sentence quoted from their sites (kept in {@code claims} with its page); the rest is
 * template wording about roles, never about the companies. Merge fields stay in place for outreach.
 */
public final class ResearchedPlaybookWriter {

    /** Below this, the playbook is flagged {@code low_confidence} and its reasons are listed. */
    public static final double LOW_CONFIDENCE = 0.7;
    static final int THIN_SITE_PAGES = 3;
    static final int THIN_SITE_WORDS = 250;

    private static final Map<DefaultPersona, List<String>> VOCABULARY = Map.of(
            DefaultPersona.head_of_sales, List.of("sales", "pipeline", "leads", "crm", "revenue", "deals", "prospect", "quote"),
            DefaultPersona.head_of_marketing, List.of("marketing", "campaign", "brand", "content", "seo", "audience", "email"),
            DefaultPersona.head_of_technology, List.of("integration", "api", "security", "cloud", "data", "software", "sso",
                    "developer"),
            DefaultPersona.finance_director, List.of("cost", "save", "invoice", "accounting", "finance", "payment", "spend",
                    "roi", "budget"),
            DefaultPersona.head_of_operations, List.of("operations", "workflow", "automate", "automation", "process",
                    "inventory", "logistics", "schedul", "dispatch", "job"),
            DefaultPersona.head_of_people, List.of("hiring", "recruit", "onboarding", "hr", "payroll", "employee", "staff",
                    "roster"),
            DefaultPersona.managing_director, List.of("grow", "growth", "business", "owner", "profit"));

    private ResearchedPlaybookWriter() {
    }

    public static ResearchedPlaybook write(UUID playbookId, UUID tenantId, VendorProfile vendor, ProspectProfile prospect,
            List<DefaultPersona> chosen, List<String> researchNotes, Instant now) {
        Claims claims = new Claims();
        List<Persona> personas = new ArrayList<>();
        List<TalkTrack> talkTracks = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            personas.add(persona(chosen.get(i), i, vendor, prospect, claims));
            talkTracks.add(talkTrack(chosen.get(i), vendor, prospect, claims));
        }
        List<BattleCard> battleCards = battleCards(vendor, claims);
        List<String> reasons = new ArrayList<>();
        double confidence = confidence(vendor, prospect, reasons);
        boolean low = confidence < LOW_CONFIDENCE;
        String summary = summary(vendor, prospect, chosen, confidence, claims);
        AccountPlaybook playbook = new AccountPlaybook(playbookId, tenantId, vendor.domain(), new ProspectDomain(prospect.domain()),
                prospect.name(), TitleFamily.unknown, confidence, low ? reasons : List.of(), Generator.builtin, now, personas);
        List<String> notes = new ArrayList<>(researchNotes);
        if (!low) {
            notes.addAll(reasons);
        }
        return new ResearchedPlaybook(playbook, new PlaybookInsights(summary, low, prospect.language(), talkTracks,
                battleCards, claims.all(), notes, vendor, prospect));
    }

    /** The three roles the vendor's own words speak to most, with the prospect's signals breaking ties. */
    public static List<DefaultPersona> choosePersonas(VendorProfile vendor, ProspectProfile prospect) {
        String vendorText = (String.join(" ", vendor.keyphrases()) + " "
                + Stream.of(vendor.valuePropositions(), vendor.products(), vendor.differentiators()).flatMap(List::stream)
                        .map(Fact::text).reduce("", (a, b) -> a + " " + b)
                + (vendor.offer() == null ? "" : " " + vendor.offer().text())).toLowerCase(Locale.ROOT);
        return VOCABULARY.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), score(e.getKey(), e.getValue(), vendorText, prospect)))
                .sorted(Map.Entry.<DefaultPersona, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().ordinal()))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    private static double score(DefaultPersona persona, List<String> words, String vendorText, ProspectProfile prospect) {
        double score = words.stream().mapToLong(w -> occurrences(vendorText, w)).sum();
        if (persona == DefaultPersona.managing_director) {
            score += 1.5;
        }
        if (persona == DefaultPersona.head_of_people && !prospect.hiring().isEmpty()) {
            score += 1;
        }
        if (persona == DefaultPersona.head_of_technology && !prospect.technologies().isEmpty()) {
            score += 1;
        }
        return score;
    }

    private static long occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    private static Persona persona(DefaultPersona role, int index, VendorProfile vendor, ProspectProfile prospect,
            Claims claims) {
        String focus = role.focus();
        String vendorName = vendor.name();
        Fact prospectFact = prospect.isEnglish() ? firstOf(index, prospect.whatTheySell(), prospect.audience(),
                prospect.sizeAndGrowth(), prospect.hiring()) : null;
        Fact value = pickFrom(index, vendor.valuePropositions(), vendor.offer());
        Fact product = pickFrom(index, vendor.products(), null);
        Fact proof = pickFrom(index, vendor.proof(), pickFrom(index, vendor.differentiators(), null));
        Fact pricing = pickFrom(0, vendor.pricingSignals(), null);
        String pain = lowerFirst(role.pains().get(0));

        StringBuilder day1 = new StringBuilder("Hi {{firstName}},\n\n");
        if (prospectFact != null) {
            day1.append("Your website says: ").append(claims.quote(prospectFact)).append("\n\n");
        }
        day1.append("For a ").append(role.title()).append(", growth like that often comes with a familiar problem: ")
                .append(pain).append(".\n\n");
        if (vendor.offer() != null) {
            day1.append(vendorName).append(" in a sentence: ").append(claims.quote(vendor.offer())).append("\n\n");
        }
        day1.append("Worth a 15-minute chat about ").append(focus).append(" at {{companyName}}?\n\n{{senderName}}");

        StringBuilder day3 = new StringBuilder("Hi {{firstName}}, a quick follow-up on ").append(focus).append(".\n\n");
        if (value != null) {
            day3.append("What we hear matters most to teams like yours: ").append(claims.quote(value)).append("\n\n");
        }
        if (product != null) {
            day3.append("In practice: ").append(claims.quote(product)).append("\n\n");
        }
        day3.append("Would it help if I showed how this would look for {{companyName}}?\n\n{{senderName}}");

        StringBuilder day7 = new StringBuilder("{{firstName}}, one more thought.\n\n");
        if (proof != null) {
            day7.append("From ").append(vendorName).append("'s own customer stories: ").append(claims.quote(proof))
                    .append("\n\n");
        } else {
            day7.append("When ").append(lowerFirst(role.pains().get(1))).append(", a short outside view can help.\n\n");
        }
        day7.append("Open to a short look next week?\n\n{{senderName}}");

        StringBuilder day14 = new StringBuilder("Hi {{firstName}}, I'll leave it here. If ").append(focus)
                .append(" becomes a priority at {{companyName}}, reply and I'll send the details.");
        if (pricing != null) {
            day14.append("\n\nFor reference: ").append(claims.quote(pricing));
        }
        day14.append("\n\n{{senderName}}");

        List<String> pains = new ArrayList<>(role.pains());
        return new Persona(role.name(), role.title(), pains, List.of(
                new Touch(1, "{{firstName}}, " + focus + " at {{companyName}}", day1.toString()),
                new Touch(3, "Re: " + focus, day3.toString()),
                new Touch(7, proof != null ? "How others approach " + focus : "An idea for {{companyName}}", day7.toString()),
                new Touch(14, "Close the loop?", day14.toString())));
    }

    private static TalkTrack talkTrack(DefaultPersona role, VendorProfile vendor, ProspectProfile prospect, Claims claims) {
        List<String> questions = new ArrayList<>();
        questions.add("How do you handle " + role.focus() + " today, and what does it cost you?");
        questions.add("Where does " + lowerFirst(role.pains().get(0)) + " show up most for you?");
        if (!prospect.hiring().isEmpty()) {
            questions.add("You are hiring: how will the new people change the way you work?");
        }
        if (!prospect.technologies().isEmpty()) {
            questions.add("You mention " + prospect.technologies().get(0).text() + ": how well does it fit with the rest of your tools?");
            claims.add(prospect.technologies().get(0));
        }
        List<Fact> proofPoints = Stream.of(vendor.proof(), vendor.differentiators(), vendor.valuePropositions())
                .flatMap(List::stream).limit(3).toList();
        proofPoints.forEach(claims::add);
        String opener = "I work with " + role.title() + "s on " + role.focus() + "; "
                + (prospect.whatTheySell() != null && prospect.isEnglish()
                        ? "I read on your site that " + claims.quote(prospect.whatTheySell()) + " "
                        : "")
                + "Could I ask how you handle it today?";
        return new TalkTrack(role.name(), opener, questions, proofPoints);
    }

    private static List<BattleCard> battleCards(VendorProfile vendor, Claims claims) {
        List<BattleCard> cards = new ArrayList<>();
        cards.add(card("We already use another provider for this.",
                "Ask what they would change about it, then position " + vendor.name() + " on what sets it apart.",
                vendor.differentiators(), vendor.valuePropositions(), claims));
        cards.add(card("It is too expensive / there is no budget.",
                "Talk about the return before the price, and offer the entry point the pricing page shows.",
                vendor.pricingSignals(), vendor.proof(), claims));
        cards.add(card("Now is not the right time.",
                "Agree a trigger to come back on, and leave one proof point that shows what waiting costs.",
                vendor.proof(), vendor.valuePropositions(), claims));
        cards.add(card("Will it work with what we have?",
                "Walk through the products and integrations the site describes; offer a technical call.",
                vendor.products(), List.of(), claims));
        return cards;
    }

    private static BattleCard card(String objection, String answer, List<Fact> first, List<Fact> second, Claims claims) {
        List<Fact> evidence = Stream.concat(first.stream(), second.stream()).distinct().limit(2).toList();
        evidence.forEach(claims::add);
        return new BattleCard(objection, evidence.isEmpty() ? answer + " (the vendor's site gives no evidence to quote here.)"
                : answer, evidence);
    }

    static double confidence(VendorProfile vendor, ProspectProfile prospect, List<String> reasons) {
        double confidence = 1.0;
        if (vendor.pagesRead() < THIN_SITE_PAGES) {
            confidence -= 0.2;
            reasons.add("vendor website: only " + vendor.pagesRead() + " page(s) could be read");
        }
        if (prospect.pagesRead() < THIN_SITE_PAGES) {
            confidence -= 0.2;
            reasons.add("prospect website: only " + prospect.pagesRead() + " page(s) could be read");
        }
        if (vendor.words() < THIN_SITE_WORDS) {
            confidence -= 0.15;
            reasons.add("vendor website returned too little text (" + vendor.words() + " words)");
        }
        if (prospect.words() < THIN_SITE_WORDS) {
            confidence -= 0.15;
            reasons.add("prospect website returned too little text (" + prospect.words() + " words)");
        }
        if (vendor.offer() == null) {
            confidence -= 0.1;
            reasons.add("vendor website does not say what it sells in a sentence");
        }
        if (vendor.proof().isEmpty()) {
            confidence -= 0.1;
            reasons.add("vendor website shows no customer proof");
        }
        if (!prospect.isEnglish()) {
            confidence -= 0.1;
            reasons.add("prospect website is in language '" + prospect.language() + "': sequences are in English and do not quote it");
        }
        return Math.round(Math.max(0.05, confidence) * 100) / 100.0;
    }

    private static String summary(VendorProfile vendor, ProspectProfile prospect, List<DefaultPersona> personas,
            double confidence, Claims claims) {
        StringBuilder s = new StringBuilder();
        s.append(vendor.name()).append(" (").append(vendor.domain()).append(") selling to ").append(prospect.name())
                .append(" (").append(prospect.domain()).append(").");
        if (prospect.whatTheySell() != null) {
            s.append(" The prospect describes itself: ").append(claims.quote(prospect.whatTheySell()));
        }
        if (!prospect.industry().equals("unknown")) {
            s.append(" Its site reads as ").append(prospect.industry()).append('.');
        }
        if (!prospect.isEnglish()) {
            s.append(" Its site is in '").append(prospect.language()).append("'.");
        }
        if (!prospect.hiring().isEmpty()) {
            s.append(" It is hiring: ").append(claims.quote(prospect.hiring().get(0)));
        }
        s.append(" Lead with ").append(personas.stream().map(DefaultPersona::title).reduce((a, b) -> a + ", " + b).orElse(""))
                .append('.');
        if (!vendor.proof().isEmpty()) {
            s.append(" Strongest proof: ").append(claims.quote(vendor.proof().get(0)));
        }
        s.append(" Confidence ").append(String.format(Locale.ROOT, "%.2f", confidence)).append('.');
        return s.toString();
    }

    @SafeVarargs
    private static Fact firstOf(int index, Fact first, List<Fact>... lists) {
        List<Fact> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        for (List<Fact> list : lists) {
            all.addAll(list);
        }
        return all.isEmpty() ? null : all.get(index % all.size());
    }

    private static Fact pickFrom(int index, List<Fact> facts, Fact fallback) {
        return facts.isEmpty() ? fallback : facts.get(index % facts.size());
    }

    private static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** The facts the playbook quotes, each once, in the order first quoted. */
    private static final class Claims {

        private final Set<Fact> facts = new LinkedHashSet<>();

        String quote(Fact fact) {
            facts.add(fact);
            return "\u201c" + fact.text() + "\u201d";
        }

        void add(Fact fact) {
            facts.add(fact);
        }

        List<Fact> all() {
            return List.copyOf(facts);
        }
    }
}
