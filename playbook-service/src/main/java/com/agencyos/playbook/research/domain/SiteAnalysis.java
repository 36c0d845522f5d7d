package com.agencyos.playbook.research.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns the pages read from a site into a profile. Sentences are scored by the site's own keyphrases, numbers and
 * cue words, and kept verbatim with their page, so nothing in a profile is more than the site itself says.
 */
public final class SiteAnalysis {

    static final int KEYPHRASES = 15;
    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 45;
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\s*(%|x\\b|\\+|k\\b|m\\b)?|\\$\\s?\\d");
    private static final Pattern VALUE = Pattern.compile(
            "\\b(save|saves|reduce|reduces|increase|increases|faster|automate|automates|grow|improve|cut|boost|without|"
                    + "in minutes|in seconds|so you can|so that)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIFFERENTIATOR = Pattern.compile(
            "\\b(only|first|unlike|compared|leading|patented|unique|award|fastest|no other|instead of|vs\\.?|versus)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROOF = Pattern.compile(
            "\\b(customers?|clients?|trusted|case stud(y|ies)|used by|teams?|companies|brands|rated|reviews?|saved|grew|"
                    + "results?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICING = Pattern.compile(
            "(\\$|€|£|\\bper (user|seat|month|year)\\b|/mo\\b|\\bfree trial\\b|\\bfree plan\\b|\\bpricing\\b|\\bplans?\\b|"
                    + "\\bmonthly\\b|\\bannual(ly)?\\b|\\bquote\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUDIENCE = Pattern.compile(
            "\\b(for|helps?|serving|serve|trusted by|designed for|built for)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile(
            "\\b(\\d[\\d,]*\\+?\\s*(\\p{L}+\\s)?(employees|staff|people|customers|clients|offices|locations|countries|stores|sites"
                    + "|members|users|products|branches|businesses)|founded|since (19|20)\\d\\d|established|grew|growing|growth|expanding|opened|new office"
                    + "|raised|funding|series [a-e])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIRING = Pattern.compile(
            "\\b(hiring|join (our|the) team|open (roles|positions)|we are looking for|we're looking for|careers?|vacanc"
                    + "(y|ies)|apply now)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> TECHNOLOGIES = List.of("Salesforce", "HubSpot", "Shopify", "WordPress", "Magento",
            "Xero", "MYOB", "QuickBooks", "SAP", "Oracle", "NetSuite", "Microsoft 365", "Office 365", "Dynamics", "Google Workspace",
            "AWS", "Azure", "Google Cloud", "Slack", "Zendesk", "Intercom", "Marketo", "Mailchimp", "Stripe", "Jira",
            "Atlassian", "Kubernetes", "Snowflake", "Tableau", "Power BI", "Workday", "ServiceNow", "Zapier", "Pipedrive");
    private static final Map<String, List<String>> INDUSTRIES = new LinkedHashMap<>();

    static {
        INDUSTRIES.put("software", List.of("software", "saas", "platform", "cloud", "api", "app"));
        INDUSTRIES.put("plumbing and trades", List.of("plumbing", "plumber", "electrician", "hvac", "trades"));
        INDUSTRIES.put("construction", List.of("construction", "builder", "building", "civil", "renovation"));
        INDUSTRIES.put("manufacturing", List.of("manufacturing", "manufacturer", "factory", "fabrication", "industrial"));
        INDUSTRIES.put("retail and ecommerce", List.of("retail", "store", "shop", "ecommerce", "e-commerce", "online store"));
        INDUSTRIES.put("logistics", List.of("logistics", "freight", "warehouse", "shipping", "transport", "delivery"));
        INDUSTRIES.put("healthcare", List.of("health", "healthcare", "clinic", "medical", "patients", "dental"));
        INDUSTRIES.put("financial services", List.of("finance", "bank", "lending", "insurance", "accounting", "wealth"));
        INDUSTRIES.put("professional services", List.of("consulting", "agency", "advisory", "legal services", "law firm"));
        INDUSTRIES.put("education", List.of("education", "school", "university", "students", "training", "courses"));
        INDUSTRIES.put("hospitality", List.of("hotel", "restaurant", "hospitality", "cafe", "travel", "tourism"));
        INDUSTRIES.put("real estate", List.of("real estate", "property", "properties", "realty", "leasing"));
    }

    private SiteAnalysis() {
    }

    public static VendorProfile vendor(String domain, List<Page> pages) {
        List<String> keyphrases = Keyphrases.of(pages, KEYPHRASES);
        List<Scored> sentences = scored(pages, keyphrases);
        Set<String> used = new LinkedHashSet<>();
        Fact offer = offer(pages);
        if (offer != null) {
            used.add(offer.text());
        }
        List<Fact> products = pick(sentences, s -> onPage(s, "product|solution|platform|feature|service"), 4, used);
        List<Fact> differentiators = pick(sentences, s -> DIFFERENTIATOR.matcher(s.fact().text()).find(), 3, used);
        List<Fact> proof = pick(sentences, s -> onPage(s, "customer|case|success|stor|client|testimonial")
                || PROOF.matcher(s.fact().text()).find() && NUMBER.matcher(s.fact().text()).find(), 4, used);
        List<Fact> pricing = pick(sentences, s -> PRICING.matcher(s.fact().text()).find()
                && (onPage(s, "pricing|plans|price") || s.fact().text().contains("$")), 3, used);
        List<Fact> values = pick(sentences, s -> VALUE.matcher(s.fact().text()).find() || s.score() > 0, 4, used);
        return new VendorProfile(domain, name(domain, pages), offer, values, products, differentiators, proof, pricing,
                keyphrases, pages.size(), words(pages));
    }

    public static ProspectProfile prospect(String domain, List<Page> pages) {
        List<String> keyphrases = Keyphrases.of(pages, KEYPHRASES);
        List<Scored> sentences = scored(pages, keyphrases);
        Set<String> used = new LinkedHashSet<>();
        Fact offer = offer(pages);
        if (offer != null) {
            used.add(offer.text());
        }
        List<Fact> hiring = pick(sentences, s -> HIRING.matcher(s.fact().text()).find() || onPage(s, "careers|jobs"), 3, used);
        List<Fact> size = pick(sentences, s -> SIZE.matcher(s.fact().text()).find(), 4, used);
        List<Fact> audience = pick(sentences, s -> AUDIENCE.matcher(s.fact().text()).find(), 3, used);
        List<Fact> technologies = new ArrayList<>();
        Set<String> seenTech = new LinkedHashSet<>();
        for (Scored s : sentences) {
            for (String tech : TECHNOLOGIES) {
                if (Pattern.compile("\\b" + Pattern.quote(tech) + "\\b").matcher(s.fact().text()).find() && seenTech.add(tech)) {
                    technologies.add(new Fact(tech, s.fact().sourceUrl()));
                }
            }
        }
        return new ProspectProfile(domain, name(domain, pages), offer, audience, industry(pages), size, hiring,
                technologies, Language.of(pages), keyphrases, pages.size(), words(pages));
    }

    /** The homepage's meta description, or failing that its best-scored early sentence. */
    static Fact offer(List<Page> pages) {
        if (pages.isEmpty()) {
            return null;
        }
        Page home = pages.get(0);
        if (wordsIn(home.description()) >= MIN_WORDS) {
            return new Fact(home.description(), home.url());
        }
        return home.sentences().stream().filter(SiteAnalysis::usable).findFirst().map(s -> new Fact(s, home.url()))
                .orElse(null);
    }

    /** The company's name as its homepage title gives it: the shortest part of the title that is not a slogan. */
    static String name(String domain, List<Page> pages) {
        if (!pages.isEmpty() && !pages.get(0).title().isBlank()) {
            return java.util.Arrays.stream(pages.get(0).title().split("\\s[|\\-–—:]\\s"))
                    .map(String::strip).filter(p -> !p.isEmpty() && !p.equalsIgnoreCase("home"))
                    .min(Comparator.comparingInt(String::length)).orElse(domain);
        }
        return domain;
    }

    static String industry(List<Page> pages) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (Page page : pages) {
            String text = (page.title() + " " + page.description() + " " + String.join(" ", page.headings()) + " "
                    + String.join(" ", page.sentences())).toLowerCase(Locale.ROOT);
            INDUSTRIES.forEach((industry, words) -> words.forEach(word -> {
                var m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
                while (m.find()) {
                    hits.merge(industry, 1, Integer::sum);
                }
            }));
        }
        return hits.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("unknown");
    }

    record Scored(Fact fact, double score, int order) {
    }

    static List<Scored> scored(List<Page> pages, List<String> keyphrases) {
        List<Scored> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int order = 0;
        for (Page page : pages) {
            for (String sentence : page.sentences()) {
                if (!usable(sentence) || !seen.add(sentence)) {
                    continue;
                }
                String lower = sentence.toLowerCase(Locale.ROOT);
                double score = 0;
                for (int i = 0; i < keyphrases.size(); i++) {
                    if (lower.contains(keyphrases.get(i))) {
                        score += 1.0 + (keyphrases.size() - i) / (double) keyphrases.size();
                    }
                }
                score += NUMBER.matcher(sentence).find() ? 1.5 : 0;
                score += VALUE.matcher(sentence).find() ? 1 : 0;
                all.add(new Scored(new Fact(sentence, page.url()), score, order++));
            }
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::order));
        return all;
    }

    private static List<Fact> pick(List<Scored> sentences, Predicate<Scored> wanted, int limit, Set<String> used) {
        List<Fact> picked = new ArrayList<>();
        for (Scored s : sentences) {
            if (picked.size() == limit) {
                break;
            }
            if (wanted.test(s) && used.add(s.fact().text())) {
                picked.add(s.fact());
            }
        }
        return picked;
    }

    private static boolean onPage(Scored s, String pathWords) {
        String path = URI.create(s.fact().sourceUrl()).getPath().toLowerCase(Locale.ROOT);
        return Pattern.compile(pathWords).matcher(path).find();
    }

    private static boolean usable(String sentence) {
        int words = wordsIn(sentence);
        return words >= MIN_WORDS && words <= MAX_WORDS && !sentence.contains("©") && !sentence.contains("{{");
    }

    private static int wordsIn(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static int words(List<Page> pages) {
        return pages.stream().mapToInt(Page::wordCount).sum();
    }
}
