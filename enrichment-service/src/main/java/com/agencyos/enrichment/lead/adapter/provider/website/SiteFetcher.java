package com.agencyos.enrichment.lead.adapter.provider.website;

import com.agencyos.enrichment.config.EnrichmentProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fetches one page of a company's site within limits: a time limit, a size cap (the rest is never downloaded), a
 * redirect limit with every hop re-checked, and no private, loopback or link-local address unless allowed.
 */
final class SiteFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final EnrichmentProperties.Website settings;
    private final HttpClient client;

    SiteFetcher(EnrichmentProperties.Website settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A fetched page; {@code uri} is where it was found after redirects, as the site names it. */
    record Page(URI uri, int status, String contentType, byte[] body, boolean truncated) {

        boolean html() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Charset charset() {
            if (contentType != null) {
                var matcher = java.util.regex.Pattern.compile("(?i)charset=\"?([\\w.-]+)").matcher(contentType);
                if (matcher.find()) {
                    try {
                        return Charset.forName(matcher.group(1));
                    } catch (RuntimeException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }

        String text() {
            return new String(body, charset());
        }
    }

    /** Why a site gave no page: unreachable, refused address, too many redirects. */
    static final class FetchException extends IOException {

        FetchException(String message) {
            super(message);
        }
    }

    Page get(URI uri) throws IOException, InterruptedException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            URI target = physical(current);
            checkAddress(target);
            HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.timeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                    .GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                response.body().close();
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException("redirect without a Location");
                }
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException("more than " + settings.maxRedirects() + " redirects");
                }
                current = current.resolve(location.trim());
                if (!"http".equals(current.getScheme()) && !"https".equals(current.getScheme())) {
                    throw new FetchException("redirect to a non-web address");
                }
                continue;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            try (InputStream body = response.body()) {
                return read(current, status, contentType, body);
            }
        }
    }

    private Page read(URI uri, int status, String contentType, InputStream body) throws IOException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        boolean truncated = false;
        int n;
        while ((n = body.read(buffer)) >= 0) {
            int room = settings.maxBytes() - out.size();
            if (n > room) {
                out.write(buffer, 0, room);
                truncated = true;
                break;
            }
            out.write(buffer, 0, n);
            if (System.nanoTime() > deadline) {
                truncated = true;
                break;
            }
        }
        return new Page(uri, status, contentType, out.toByteArray(), truncated);
    }

    /** The address actually dialled: the site's own, unless a host override (tests, local stack) points elsewhere. */
    private URI physical(URI logical) {
        Map<String, String> overrides = settings.hostOverrides() == null ? Map.of() : settings.hostOverrides();
        String host = logical.getHost() == null ? "" : logical.getHost().toLowerCase(Locale.ROOT);
        String base = overrides.get(host);
        if (base == null && host.startsWith("www.")) {
            base = overrides.get(host.substring(4));
        }
        if (base == null) {
            return logical;
        }
        String path = logical.getRawPath() == null || logical.getRawPath().isEmpty() ? "/" : logical.getRawPath();
        return URI.create(base.replaceAll("/+$", "") + path + (logical.getRawQuery() == null ? "" : "?" + logical.getRawQuery()));
    }

    private void checkAddress(URI target) throws IOException {
        if (target.getHost() == null || !"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
            throw new FetchException("not a web address");
        }
        if (settings.allowPrivateAddresses()) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
            if (isPrivate(address)) {
                throw new FetchException("refused a private address");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc
                || address.getAddress().length == 4 && (address.getAddress()[0] & 0xff) == 100
                        && (address.getAddress()[1] & 0xc0) == 64;
    }
}
