package com.agencyos.playbook.research.application;

import java.time.Duration;

/**
 * Limits of one site's research.
 *
 * @param topPages how many ranked pages to read beside the homepage
 * @param concurrency how many pages of one site are fetched at once
 * @param requestTimeout the longest one page may take
 * @param totalBudget the longest one site's page fetching may take; pages not read by then are skipped
 * @param maxPageBytes pages are read up to this size and the rest is ignored
 * @param cacheFor how long a fetched page is reused instead of fetched again
 */
public record ResearchSettings(int topPages, int concurrency, Duration requestTimeout, Duration totalBudget,
        int maxPageBytes, Duration cacheFor) {

    public static final ResearchSettings DEFAULTS = new ResearchSettings(20, 4, Duration.ofSeconds(8),
            Duration.ofSeconds(45), 1_000_000, Duration.ofHours(24));

    public ResearchSettings {
        if (topPages < 0 || concurrency < 1 || maxPageBytes < 1024) {
            throw new IllegalArgumentException("Research needs topPages >= 0, concurrency >= 1 and maxPageBytes >= 1024");
        }
    }
}
