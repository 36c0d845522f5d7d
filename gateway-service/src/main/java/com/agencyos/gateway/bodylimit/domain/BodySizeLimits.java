package com.agencyos.gateway.bodylimit.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The largest request body accepted per path. A path matches a limit written as an exact path, or as a
 * prefix ending in {@code /**}; the longest matching pattern wins, so a specific route can raise or lower
 * the default.
 */
public final class BodySizeLimits {

    private static final String ANY_BELOW = "/**";

    private final long defaultMaxBytes;
    private final List<Map.Entry<String, Long>> byPattern;

    public BodySizeLimits(long defaultMaxBytes, Map<String, Long> maxBytesByPathPattern) {
        if (defaultMaxBytes < 0) {
            throw new IllegalArgumentException("defaultMaxBytes must not be negative");
        }
        this.defaultMaxBytes = defaultMaxBytes;
        this.byPattern = maxBytesByPathPattern.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Long> e) -> e.getKey().length()).reversed())
                .toList();
    }

    public long maxBytesFor(String path) {
        for (Map.Entry<String, Long> limit : byPattern) {
            if (matches(limit.getKey(), path)) {
                return limit.getValue();
            }
        }
        return defaultMaxBytes;
    }

    private static boolean matches(String pattern, String path) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (pattern.endsWith(ANY_BELOW)) {
            String base = pattern.substring(0, pattern.length() - ANY_BELOW.length());
            return normalized.equals(base) || normalized.startsWith(base + "/");
        }
        return normalized.equals(pattern);
    }
}
