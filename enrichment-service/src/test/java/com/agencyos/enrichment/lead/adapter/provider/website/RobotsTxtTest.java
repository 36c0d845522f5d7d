package com.agencyos.enrichment.lead.adapter.provider.website;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void theLongestMatchingRuleWinsAndAllowWinsATie() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /private\nAllow: /private/press\n", "AgencyOSBot/1.0");

        assertThat(robots.allows("/")).isTrue();
        assertThat(robots.allows("/private/team")).isFalse();
        assertThat(robots.allows("/private/press/2026")).isTrue();
    }

    @Test
    void aGroupNamingUsReplacesTheWildcardGroup() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: AgencyOSBot\nDisallow: /admin\n",
                "AgencyOSBot/1.0 (+https://agencyos.dev/bot)");

        assertThat(robots.allows("/about")).isTrue();
        assertThat(robots.allows("/admin/x")).isFalse();
    }

    @Test
    void wildcardsAndEndAnchorsAreHonoured() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /tmp*/cache\n", "AgencyOSBot");

        assertThat(robots.allows("/files/brochure.pdf")).isFalse();
        assertThat(robots.allows("/files/brochure.pdf.html")).isTrue();
        assertThat(robots.allows("/tmp1/cache/x")).isFalse();
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "AgencyOSBot").allows("/anything")).isTrue();
    }
}
