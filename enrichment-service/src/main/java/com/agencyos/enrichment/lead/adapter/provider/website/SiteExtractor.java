package com.agencyos.enrichment.lead.adapter.provider.website;

import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.Normalisation;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import com.agencyos.platform.events.EventJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * What a company's own pages say about it: name, description, location and country, LinkedIn page, industry from
 * keywords, a hiring signal from the careers page, and technologies from the assets the homepage loads. The site is
 * an honest but unverified source, so confidences stay below those of the paid providers.
 */
final class SiteExtractor {

    static final String PROVIDER = "website";

    private static final Map<String, String> TECHNOLOGIES = new LinkedHashMap<>();
    private static final Map<String, List<String>> INDUSTRIES = new LinkedHashMap<>();
    private static final Pattern NO_OPENINGS = Pattern.compile(
            "(?i)no (current |open )?(openings|vacancies|positions|roles|jobs)|not (currently )?hiring");
    private static final Pattern OPENING = Pattern.compile(
            "(?i)\\b(apply( now)?|full[- ]time|part[- ]time|contract role|job description|we'?re hiring|open (roles|positions))\\b");

    static {
        TECHNOLOGIES.put("cdn.shopify.com", "Shopify");
        TECHNOLOGIES.put("wp-content", "WordPress");
        TECHNOLOGIES.put("googletagmanager.com/gtag", "Google Analytics");
        TECHNOLOGIES.put("google-analytics.com", "Google Analytics");
        TECHNOLOGIES.put("googletagmanager.com/gtm", "Google Tag Manager");
        TECHNOLOGIES.put("js.hs-scripts.com", "HubSpot");
        TECHNOLOGIES.put("js.hsforms.net", "HubSpot");
        TECHNOLOGIES.put("static.wixstatic.com", "Wix");
        TECHNOLOGIES.put("squarespace.com", "Squarespace");
        TECHNOLOGIES.put("webflow", "Webflow");
        TECHNOLOGIES.put("js.stripe.com", "Stripe");
        TECHNOLOGIES.put("widget.intercom.io", "Intercom");
        TECHNOLOGIES.put("static.hotjar.com", "Hotjar");
        TECHNOLOGIES.put("connect.facebook.net", "Meta Pixel");
        TECHNOLOGIES.put("jquery", "jQuery");
        TECHNOLOGIES.put("cdnjs.cloudflare.com", "Cloudflare");
        TECHNOLOGIES.put("salesforce.com", "Salesforce");
        TECHNOLOGIES.put("zendesk", "Zendesk");
        INDUSTRIES.put("Construction", List.of("construction", "builder", "plumbing", "electrical contractor", "civil works",
                "renovation", "carpentry", "roofing"));
        INDUSTRIES.put("Software", List.of("software", "saas", "platform for", "api", "cloud-based"));
        INDUSTRIES.put("Marketing", List.of("marketing agency", "digital marketing", "seo", "advertising", "branding"));
        INDUSTRIES.put("Accounting", List.of("accounting", "accountants", "bookkeeping", "tax return", "chartered accountant"));
        INDUSTRIES.put("Legal", List.of("law firm", "lawyers", "solicitors", "legal services", "barristers"));
        INDUSTRIES.put("Healthcare", List.of("clinic", "medical", "healthcare", "dental", "physiotherapy"));
        INDUSTRIES.put("Real Estate", List.of("real estate", "property management", "realty", "homes for sale"));
        INDUSTRIES.put("Manufacturing", List.of("manufacturing", "manufacturer", "fabrication", "factory"));
        INDUSTRIES.put("Logistics", List.of("logistics", "freight", "transport", "warehousing", "courier"));
        INDUSTRIES.put("Retail", List.of("online store", "shop now", "retail", "add to cart"));
        INDUSTRIES.put("Hospitality", List.of("restaurant", "hotel", "cafe", "catering", "accommodation"));
        INDUSTRIES.put("Education", List.of("school", "training courses", "education", "tutoring", "university"));
        INDUSTRIES.put("Financial Services", List.of("financial planning", "mortgage", "insurance", "wealth management"));
    }

    private SiteExtractor() {
    }

    /** The pages found: the homepage always, the others when the site links to them and they could be read. */
    record Pages(Document home, Document about, Document careers, Document contact) {

        List<Document> all() {
            List<Document> pages = new ArrayList<>();
            for (Document page : new Document[] {home, about, careers, contact}) {
                if (page != null) {
                    pages.add(page);
                }
            }
            return pages;
        }
    }

    static ProviderAnswer extract(Pages pages, String homeUrl, Instant fetchedAt) {
        ProviderAnswer.Builder answer = ProviderAnswer.from(PROVIDER, fetchedAt)
                .put(Field.WEBSITE_REACHABLE, true, 0.95)
                .put(Field.WEBSITE, homeUrl, 0.9);
        List<JsonNode> organisations = new ArrayList<>();
        pages.all().forEach(page -> organisations.addAll(jsonLdOrganisations(page)));
        JsonNode org = organisations.isEmpty() ? null : organisations.get(0);

        answer.put(Field.COMPANY_NAME, Normalisation.cleanCompanyName(companyName(pages.home(), org)), 0.65);
        answer.put(Field.DESCRIPTION, description(pages), 0.7);
        Location location = location(pages, org);
        answer.put(Field.CITY, location.city(), 0.6);
        answer.put(Field.COMPANY_COUNTRY, location.country(), 0.6);
        answer.put(Field.COMPANY_LINKEDIN_URL, linkedin(pages), 0.8);
        answer.put(Field.INDUSTRY, industry(pages), 0.5);
        if (pages.careers() != null) {
            answer.put(Field.HIRING, hiring(pages.careers()), 0.7);
        }
        answer.put(Field.TECHNOLOGIES, technologies(pages.home()), 0.8);
        return answer.build();
    }

    private static String companyName(Document home, JsonNode org) {
        String name = org == null ? null : text(org.get("name"));
        if (name == null) {
            name = meta(home, "meta[property=og:site_name]");
        }
        if (name == null && !home.title().isBlank()) {
            String[] parts = home.title().split("\\s+[|\\-–—:]\\s+");
            name = parts.length > 1 && parts[0].toLowerCase(Locale.ROOT).matches("home|welcome|homepage")
                    ? parts[1] : parts[0];
        }
        return name;
    }

    private static String description(Pages pages) {
        String description = meta(pages.home(), "meta[name=description]");
        if (description == null) {
            description = meta(pages.home(), "meta[property=og:description]");
        }
        if (description == null && pages.about() != null) {
            description = meta(pages.about(), "meta[name=description]");
            if (description == null) {
                description = pages.about().select("main p, article p, p").stream().map(Element::text)
                        .filter(t -> t.length() >= 60).findFirst().orElse(null);
            }
        }
        return description == null ? null : description.length() > 500 ? description.substring(0, 497) + "..." : description;
    }

    private record Location(String city, String country) {
    }

    private static Location location(Pages pages, JsonNode org) {
        String city = null;
        String country = null;
        if (org != null) {
            JsonNode address = org.path("address");
            if (address.isArray()) {
                address = address.path(0);
            }
            city = text(address.get("addressLocality"));
            country = text(address.get("addressCountry"));
            if (address.path("addressCountry").isObject()) {
                country = text(address.path("addressCountry").get("name"));
            }
        }
        for (Document page : pages.all()) {
            if (city == null) {
                city = page.select("[itemprop=addressLocality]").text();
                city = city.isBlank() ? null : city;
            }
            if (country == null) {
                String microdata = page.select("[itemprop=addressCountry]").text();
                country = microdata.isBlank() ? null : microdata;
            }
        }
        if (country == null) {
            Document where = pages.contact() != null ? pages.contact() : pages.home();
            String text = where.text().toLowerCase(Locale.ROOT);
            for (String name : List.of("australia", "new zealand", "united kingdom", "united states", "canada", "singapore",
                    "ireland")) {
                if (text.contains(name)) {
                    country = name;
                    break;
                }
            }
        }
        String code = Normalisation.countryCode(country);
        return new Location(city, code != null ? code : country);
    }

    private static String linkedin(Pages pages) {
        for (Document page : pages.all()) {
            for (Element link : page.select("a[href*=linkedin.com/company/]")) {
                return link.attr("href").replaceAll("[?#].*$", "");
            }
        }
        return null;
    }

    private static String industry(Pages pages) {
        StringBuilder text = new StringBuilder();
        Document home = pages.home();
        text.append(home.title()).append(' ').append(String.valueOf(meta(home, "meta[name=description]"))).append(' ')
                .append(String.valueOf(meta(home, "meta[name=keywords]"))).append(' ').append(home.select("h1, h2").text());
        if (pages.about() != null) {
            text.append(' ').append(pages.about().text());
        }
        String haystack = text.toString().toLowerCase(Locale.ROOT);
        String best = null;
        int bestHits = 0;
        for (var entry : INDUSTRIES.entrySet()) {
            int hits = 0;
            for (String keyword : entry.getValue()) {
                if (Pattern.compile("\\b" + Pattern.quote(keyword) + "\\b").matcher(haystack).find()) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = entry.getKey();
                bestHits = hits;
            }
        }
        return best;
    }

    /** A careers page with openings says yes; one that says there are none, or lists nothing, says no. */
    static Boolean hiring(Document careers) {
        String text = careers.text();
        if (NO_OPENINGS.matcher(text).find()) {
            return false;
        }
        boolean postings = !careers.select("[itemtype*=JobPosting], .job, .job-listing, .opening, .position, li.role")
                .isEmpty() || careers.html().contains("\"JobPosting\"");
        return postings || OPENING.matcher(text).find();
    }

    static List<String> technologies(Document home) {
        Set<String> found = new LinkedHashSet<>();
        List<String> assets = new ArrayList<>();
        home.select("script[src]").forEach(e -> assets.add(e.attr("src")));
        home.select("link[href]").forEach(e -> assets.add(e.attr("href")));
        home.select("img[src]").forEach(e -> assets.add(e.attr("src")));
        home.select("script:not([src])").forEach(e -> assets.add(e.data()));
        String generator = meta(home, "meta[name=generator]");
        if (generator != null) {
            assets.add(generator.toLowerCase(Locale.ROOT).contains("wordpress") ? "wp-content" : generator);
        }
        for (String asset : assets) {
            String lower = asset.toLowerCase(Locale.ROOT);
            TECHNOLOGIES.forEach((needle, technology) -> {
                if (lower.contains(needle)) {
                    found.add(technology);
                }
            });
        }
        return List.copyOf(found);
    }

    private static List<JsonNode> jsonLdOrganisations(Document page) {
        List<JsonNode> organisations = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = EventJson.tree(script.data());
                List<JsonNode> candidates = new ArrayList<>();
                if (node.isArray()) {
                    node.forEach(candidates::add);
                } else if (node.has("@graph")) {
                    node.get("@graph").forEach(candidates::add);
                } else {
                    candidates.add(node);
                }
                for (JsonNode candidate : candidates) {
                    String type = text(candidate.get("@type"));
                    if (type != null && type.matches("Organization|Corporation|LocalBusiness|.*Business|.*Contractor|Store")) {
                        organisations.add(candidate);
                    }
                }
            } catch (RuntimeException e) {
                // a broken JSON-LD block is common on real sites; the other clues still count
            }
        }
        return organisations;
    }

    private static String meta(Document page, String selector) {
        Element element = page.selectFirst(selector);
        if (element == null) {
            return null;
        }
        String content = element.attr("content").trim();
        return content.isEmpty() ? null : content;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isObject() || node.isArray() ? null : node.asString().trim();
    }
}
