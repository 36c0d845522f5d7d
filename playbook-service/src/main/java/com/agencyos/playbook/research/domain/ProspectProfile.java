package com.agencyos.playbook.research.domain;

import java.util.List;

/**
 * What the prospect's website says about the prospect. Every fact is a sentence from the site with its page.
 *
 * @param whatTheySell the site's own summary of its offer; null when the site does not say
 * @param industry the industry the site's words point to, {@code unknown} when none does
 * @param language ISO 639-1 code of the site's language ({@code und} when it cannot be told)
 */
public record ProspectProfile(String domain, String name, Fact whatTheySell, List<Fact> audience, String industry,
        List<Fact> sizeAndGrowth, List<Fact> hiring, List<Fact> technologies, String language, List<String> keyphrases,
        int pagesRead, int words) {

    public ProspectProfile {
        audience = List.copyOf(audience);
        sizeAndGrowth = List.copyOf(sizeAndGrowth);
        hiring = List.copyOf(hiring);
        technologies = List.copyOf(technologies);
        keyphrases = List.copyOf(keyphrases);
    }

    public boolean isEnglish() {
        return language.equals("en") || language.equals(Language.UNDETERMINED);
    }
}
