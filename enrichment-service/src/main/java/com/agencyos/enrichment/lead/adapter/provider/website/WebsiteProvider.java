package com.agencyos.enrichment.lead.adapter.provider.website;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.application.EnrichmentProvider;
import com.agencyos.enrichment.lead.application.ProviderResult;
import com.agencyos.enrichment.lead.domain.CacheKey;
import com.agencyos.enrichment.lead.domain.CallOutcome;
import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The built-in provider, free and keyless: the company's homepage and up to three linked pages (about, careers,
 * contact), robots.txt respected. Protected by a bulkhead and a time budget; there is no circuit breaker or retry,
 * because one site's failure says nothing about the next site.
 */
public class WebsiteProvider implements EnrichmentProvider {

    private static final Logger log = LoggerFactory.getLogger(WebsiteProvider.class);

    private final EnrichmentProperties.Website settings;
    private final SiteFetcher fetcher;
    private final Clock clock;
    private final TimeLimiter budget;
    private final Bulkhead bulkhead;

    public WebsiteProvider(EnrichmentProperties.Website settings, Clock clock) {
        this.settings = settings;
        this.fetcher = new SiteFetcher(settings);
        this.clock = clock;
        this.budget = TimeLimiter.of("website", TimeLimiterConfig.custom().timeoutDuration(settings.budget()).build());
        this.bulkhead = Bulkhead.of("website", BulkheadConfig.custom().maxConcurrentCalls(settings.bulkhead())
                .maxWaitDuration(settings.budget()).build());
    }

    @Override
    public String name() {
        return SiteExtractor.PROVIDER;
    }

    @Override
    public int tier() {
        return 1;
    }

    @Override
    public CacheKey.Scope scope() {
        return CacheKey.Scope.company;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public boolean appliesTo(LeadQuery query) {
        return query.website() != null;
    }

    @Override
    public Mono<ProviderResult> fetch(LeadQuery query) {
        // the homepage, whatever page of the site the form named
        return Mono.fromCallable(() -> crawl(URI.create(query.website().trim()).resolve("/")))
                .subscribeOn(Schedulers.boundedElastic())
                .transformDeferred(TimeLimiterOperator.of(budget))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .onErrorResume(error -> {
                    CallOutcome outcome = error instanceof TimeoutException ? CallOutcome.timeout
                            : error instanceof BulkheadFullException ? CallOutcome.rejected : CallOutcome.error;
                    log.info("Website of {} not read: {} ({})", query.domain(), outcome, error.toString());
                    return Mono.just(new ProviderResult(outcome, unreachable(), 0));
                });
    }

    ProviderResult crawl(URI home) throws InterruptedException {
        SiteFetcher.Page page;
        try {
            RobotsTxt robots = robots(home);
            if (!robots.allows(path(home))) {
                return ProviderResult.failed(CallOutcome.skipped);
            }
            page = fetcher.get(home);
            return read(page, robots);
        } catch (IOException e) {
            log.info("Website {} unreachable: {}", home.getHost(), e.getMessage());
            return new ProviderResult(CallOutcome.error, unreachable(), 0);
        }
    }

    private ProviderResult read(SiteFetcher.Page page, RobotsTxt robots) throws InterruptedException {
        if (!page.ok()) {
            return new ProviderResult(CallOutcome.error, unreachable(), 0);
        }
        if (!page.html()) {
            ProviderAnswer answer = ProviderAnswer.from(name(), clock.instant()).put(Field.WEBSITE_REACHABLE, true, 0.95).build();
            return new ProviderResult(CallOutcome.miss, answer, 0);
        }
        Document homeDoc = parse(page);
        Map<String, URI> linked = linkedPages(homeDoc, page.uri());
        Document about = linkedPage(linked.get("about"), robots);
        Document careers = linkedPage(linked.get("careers"), robots);
        Document contact = linkedPage(linked.get("contact"), robots);
        ProviderAnswer answer = SiteExtractor.extract(new SiteExtractor.Pages(homeDoc, about, careers, contact),
                page.uri().toString(), clock.instant());
        return new ProviderResult(answer.hasData() ? CallOutcome.hit : CallOutcome.miss, answer, 0);
    }

    private ProviderAnswer unreachable() {
        return ProviderAnswer.from(name(), clock.instant()).put(Field.WEBSITE_REACHABLE, false, 0.9).build();
    }

    /**
     * RFC 9309: a missing robots.txt (4xx) allows everything, a failing one (5xx) allows nothing; a site whose
     * robots.txt cannot be reached at all is unreachable, which the caller reports.
     */
    private RobotsTxt robots(URI home) throws IOException, InterruptedException {
        SiteFetcher.Page robots = fetcher.get(home.resolve("/robots.txt"));
        if (robots.status() >= 400 && robots.status() < 500) {
            return RobotsTxt.ALLOW_ALL;
        }
        return robots.ok() ? RobotsTxt.parse(robots.text(), settings.userAgent()) : RobotsTxt.DISALLOW_ALL;
    }

    private Document linkedPage(URI uri, RobotsTxt robots) throws InterruptedException {
        if (uri == null || !robots.allows(path(uri))) {
            return null;
        }
        try {
            SiteFetcher.Page page = fetcher.get(uri);
            return page.ok() && page.html() ? parse(page) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The first same-site link to an about, careers and contact page, up to the configured number of pages. */
    private Map<String, URI> linkedPages(Document home, URI base) {
        Map<String, URI> found = new LinkedHashMap<>();
        String site = host(base);
        for (Element link : home.select("a[href]")) {
            if (found.size() >= settings.maxExtraPages()) {
                break;
            }
            URI target;
            try {
                target = base.resolve(link.attr("href").trim().replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!site.equals(host(target)) || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))) {
                continue;
            }
            String clue = (path(target) + " " + link.text()).toLowerCase(Locale.ROOT);
            String kind = clue.matches(".*(careers|jobs|join-us|join us|work with us|vacancies).*") ? "careers"
                    : clue.matches(".*(about|our story|who we are).*") ? "about"
                    : clue.matches(".*(contact).*") ? "contact" : null;
            if (kind != null && !found.containsKey(kind)) {
                found.put(kind, target);
            }
        }
        return found;
    }

    private static Document parse(SiteFetcher.Page page) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset().name(), page.uri().toString());
        } catch (IOException e) {
            return Jsoup.parse(page.text(), page.uri().toString());
        }
    }

    private static String path(URI uri) {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    private static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return (host.startsWith("www.") ? host.substring(4) : host) + ":" + uri.getPort();
    }
}
