package com.agencyos.playbook.research.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    static final String HOME = "https://acme.test/";

    @Test
    void pagesThatDescribeTheCompanyRankBeforeOthers() {
        List<String> ranked = SiteUrls.rank(HOME, List.of("https://acme.test/contact", "https://acme.test/blog",
                "https://acme.test/pricing", "/about", "https://acme.test/careers", "https://acme.test/products/scheduling",
                "https://acme.test/customers", "https://acme.test/integrations").stream()
                .map(l -> l.startsWith("/") ? "https://acme.test" + l : l).toList(), 20);

        assertThat(ranked).startsWith("https://acme.test/about");
        assertThat(ranked.subList(0, 4)).contains("https://acme.test/pricing", "https://acme.test/customers");
        assertThat(ranked.indexOf("https://acme.test/careers")).isLessThan(ranked.indexOf("https://acme.test/contact"));
        assertThat(ranked).endsWith("https://acme.test/blog");
    }

    @Test
    void legalLoginArchiveFileAndForeignPagesAreSkipped() {
        List<String> ranked = SiteUrls.rank(HOME, List.of("https://acme.test/privacy-policy", "https://acme.test/terms",
                "https://acme.test/login", "https://acme.test/blog/2024/05/spring", "https://acme.test/tag/news",
                "https://acme.test/brochure.pdf", "https://other.test/about", "mailto:hi@acme.test", "https://acme.test/",
                "https://acme.test/about#team", "https://acme.test/about?ref=nav", "https://www.acme.test/product"), 20);

        assertThat(ranked).containsExactly("https://acme.test/about", "https://www.acme.test/product");
    }

    @Test
    void onlyTheTopPagesAreKeptFromASiteWithHundredsOfLinks() {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            links.add("https://acme.test/p/" + i);
        }
        links.add("https://acme.test/about");

        List<String> ranked = SiteUrls.rank(HOME, links, SiteUrls.DEFAULT_TOP);

        assertThat(ranked).hasSize(20).startsWith("https://acme.test/about");
    }
}
