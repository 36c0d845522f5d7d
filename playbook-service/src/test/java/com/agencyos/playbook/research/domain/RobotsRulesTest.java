package com.agencyos.playbook.research.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    @Test
    void theGroupForEveryAgentBindsUsWhenNoneNamesUs() {
        RobotsRules rules = RobotsRules.parse("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /internal/\n"
                + "Allow: /internal/public\n# comment\n", "AgencyOS-PlaybookBot/1.0");

        assertThat(rules.allows("/about")).isTrue();
        assertThat(rules.allows("/internal/roadmap")).isFalse();
        assertThat(rules.allows("/internal/public/page")).isTrue();
    }

    @Test
    void aGroupNamingUsWinsOverTheGroupForEveryAgent() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow:\n\nUser-agent: agencyos-playbookbot\nDisallow: /\n",
                "AgencyOS-PlaybookBot/1.0");

        assertThat(rules.allows("/about")).isFalse();
    }

    @Test
    void noRobotsFileAllowsEverything() {
        assertThat(RobotsRules.parse(null, "AgencyOS-PlaybookBot").allows("/anything")).isTrue();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "AgencyOS-PlaybookBot").allows("/x")).isTrue();
    }
}
