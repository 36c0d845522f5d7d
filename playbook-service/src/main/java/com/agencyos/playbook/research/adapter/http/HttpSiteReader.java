package com.agencyos.playbook.research.adapter.http;

import com.agencyos.playbook.config.PlaybookProperties;
import com.agencyos.playbook.research.application.PageCache;
import com.agencyos.playbook.research.application.PageCache.CachedPage;
import com.agencyos.playbook.research.application.ResearchSettings;
import com.agencyos.playbook.research.application.SiteReader;
import com.agencyos.playbook.research.domain.Page;
import com.agencyos.playbook.research.domain.RobotsRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads websites with the JDK HTTP client. Follows at most {@value #MAX_REDIRECTS} redirects itself so each hop is
 * checked against the address rules again, accepts only HTML, reads at most the size cap, and caches pages.
 */
@Component
class HttpSiteReader implements SiteReader {

    static final int MAX_REDIRECTS = 5;
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final PageCache cache;
    private final PlaybookProperties properties;
    private final Map<String, URI> overrides;
    private final Clock clock;

    HttpSiteReader(PageCache cache, PlaybookProperties properties, Clock clock) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.cache = cache;
        this.properties = properties;
        this.overrides = properties.overrides();
        this.clock = clock;
    }

    @Override
    public Mono<Page> homepage(String domain, ResearchSettings settings) {
        URI base = overrides.getOrDefault(domain, URI.create("https://" + domain));
        return blocking(() -> {
            Fetched fetched = fetch(URI.create(base + "/"), settings, true);
            return HtmlPages.parse(fetched.url(), fetched.body());
        }, settings);
    }

    @Override
    public Mono<RobotsRules> robots(String homepageUrl, ResearchSettings settings) {
        return blocking(() -> {
            try {
                Fetched fetched = fetch(URI.create(homepageUrl).resolve("/robots.txt"), settings, false);
                return RobotsRules.parse(fetched.body(), properties.userAgent());
            } catch (SiteUnreachable e) {
                // No readable robots.txt means no rules (RFC 9309 treats 4xx as "allow all").
                return RobotsRules.ALLOW_ALL;
            }
        }, settings);
    }

    @Override
    public Mono<Page> page(String url, ResearchSettings settings) {
        return cache.find(url, clock.instant().minus(settings.cacheFor()))
                .map(cached -> HtmlPages.parse(cached.finalUrl(), cached.html()))
                .switchIfEmpty(Mono.defer(() -> blocking(() -> fetch(URI.create(url), settings, true), settings)
                        .flatMap(fetched -> cache.put(new CachedPage(url, fetched.url(), fetched.body(),
                                        clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                                .thenReturn(HtmlPages.parse(fetched.url(), fetched.body())))));
    }

    private <T> Mono<T> blocking(java.util.concurrent.Callable<T> call, ResearchSettings settings) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic())
                .timeout(settings.requestTimeout().multipliedBy(2),
                        Mono.error(() -> new SiteUnreachable("timed out after " + settings.requestTimeout().toSeconds() + " s")));
    }

    record Fetched(String url, String body) {
    }

    Fetched fetch(URI start, ResearchSettings settings, boolean htmlOnly) {
        Set<URI> seen = new HashSet<>();
        URI uri = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!seen.add(uri)) {
                throw new SiteUnreachable("redirect loop at " + uri);
            }
            URI current = uri;
            checkAddress(current);
            HttpResponse<InputStream> response = send(current, settings);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new SiteUnreachable(current + " redirects without a Location"));
                close(response);
                uri = uri.resolve(location.strip());
                continue;
            }
            if (status >= 400) {
                close(response);
                throw new SiteUnreachable(uri + " answered HTTP " + status);
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (htmlOnly && !type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
                close(response);
                throw new SiteUnreachable(uri + " is not an HTML page (" + (type.isEmpty() ? "no content type" : type) + ")");
            }
            return new Fetched(uri.toString(), read(response, type, settings.maxPageBytes()));
        }
        throw new SiteUnreachable("more than " + MAX_REDIRECTS + " redirects from " + start);
    }

    private HttpResponse<InputStream> send(URI uri, ResearchSettings settings) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(settings.requestTimeout())
                .header("User-Agent", properties.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new SiteUnreachable(uri + " did not answer within " + settings.requestTimeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new SiteUnreachable(uri + " could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteUnreachable(uri + " was not read: interrupted");
        }
    }

    /** Reads up to the cap; a larger page keeps its first part, which holds what matters for research. */
    private static String read(HttpResponse<InputStream> response, String type, int maxBytes) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(maxBytes);
            Matcher m = CHARSET.matcher(type);
            Charset charset = StandardCharsets.UTF_8;
            if (m.find() && Charset.isSupported(m.group(1))) {
                charset = Charset.forName(m.group(1));
            }
            return new String(bytes, charset);
        } catch (IOException e) {
            throw new SiteUnreachable(response.uri() + " broke off while being read");
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Nothing is left to read from a response we discard.
        }
    }

    /** Refuses hosts that resolve to private, loopback or link-local addresses unless allowed or overridden. */
    void checkAddress(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new SiteUnreachable(uri + " is not an http(s) address");
        }
        boolean overridden = overrides.values().stream().anyMatch(base -> base.getHost().equalsIgnoreCase(uri.getHost())
                && base.getPort() == uri.getPort());
        if (overridden || properties.allowPrivateAddresses()) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    throw new SiteUnreachable(uri.getHost() + " resolves to a private address, which is not fetched");
                }
            }
        } catch (UnknownHostException e) {
            throw new SiteUnreachable(uri.getHost() + " does not resolve in DNS");
        }
    }

    static boolean isPrivate(InetAddress address) {
        boolean uniqueLocal = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal;
    }
}
