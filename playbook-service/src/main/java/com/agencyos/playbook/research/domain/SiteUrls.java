package com.agencyos.playbook.research.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses which pages of a site are worth reading: pages that describe the company (about, products and
 * solutions, pricing, customers and case studies, integrations, careers) rank first; legal pages, logins, blog
 * archives, files and other hosts are skipped.
 */
public final class SiteUrls {

    public static final int DEFAULT_TOP = 20;

    private static final Pattern SKIP = Pattern.compile(
            "(privacy|terms|legal|cookie|gdpr|disclaimer|login|log-in|signin|sign-in|signup|sign-up|register|account|cart|checkout"
                    + "|/tag/|/tags/|/category/|/author/|/page/\\d|/feed|/wp-|/archive|\\d{4}/\\d{2})");
    private static final Pattern FILE = Pattern.compile(".*\\.(pdf|jpe?g|png|gif|svg|webp|zip|mp4|mp3|css|js|xml|ico|docx?|xlsx?)$");
    private static final List<Weighted> WEIGHTS = List.of(
            new Weighted(Pattern.compile("about|company|who-we-are|our-story|team"), 10),
            new Weighted(Pattern.compile("product|solution|platform|feature|service|what-we-do|how-it-works"), 9),
            new Weighted(Pattern.compile("pricing|plans|price"), 8),
            new Weighted(Pattern.compile("customer|case-stud|success|testimonial|clients|results"), 8),
            new Weighted(Pattern.compile("integration|partners|marketplace|apps"), 6),
            new Weighted(Pattern.compile("careers|jobs|hiring|join-us|work-with-us"), 5),
            new Weighted(Pattern.compile("industr|use-case|why"), 5),
            new Weighted(Pattern.compile("contact"), 2),
            new Weighted(Pattern.compile("blog|news|press|resources"), 1));

    private record Weighted(Pattern pattern, int points) {
    }

    private SiteUrls() {
    }

    /** The best {@code top} pages of the same host as {@code home} among {@code links}, best first, home excluded. */
    public static List<String> rank(String home, List<String> links, int top) {
        URI base = URI.create(home);
        Set<String> seen = new LinkedHashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (String link : links) {
            String url = normalise(link);
            if (url == null || !sameHost(base, url) || !seen.add(url) || url.equals(normalise(home))) {
                continue;
            }
            String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
            if (path.isEmpty() || path.equals("/") || SKIP.matcher(path).find() || FILE.matcher(path).matches()) {
                continue;
            }
            int points = 0;
            for (Weighted w : WEIGHTS) {
                if (w.pattern().matcher(path).find()) {
                    points = Math.max(points, w.points());
                }
            }
            int depth = path.replaceAll("/+$", "").split("/").length - 1;
            candidates.add(new Candidate(url, points * 10 - depth, order++));
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::order))
                .limit(top).map(Candidate::url).toList();
    }

    private record Candidate(String url, int score, int order) {
    }

    /** Drops the fragment and query so one page is read once; null for anything that is not http(s). */
    static String normalise(String link) {
        try {
            URI uri = URI.create(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null) + path;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean sameHost(URI base, String url) {
        URI uri = URI.create(url);
        String host = uri.getHost().replaceFirst("^www\\.", "");
        return host.equals(base.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")) && uri.getPort() == base.getPort();
    }
}
