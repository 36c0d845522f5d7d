package com.agencyos.playbook.research.domain;

import java.util.List;

/**
 * What the vendor's website says about its offer. Every entry is a sentence from the site with its page.
 *
 * @param offer what the vendor sells, in its own words; null when the site does not say
 */
public record VendorProfile(String domain, String name, Fact offer, List<Fact> valuePropositions, List<Fact> products,
        List<Fact> differentiators, List<Fact> proof, List<Fact> pricingSignals, List<String> keyphrases,
        int pagesRead, int words) {

    public VendorProfile {
        valuePropositions = List.copyOf(valuePropositions);
        products = List.copyOf(products);
        differentiators = List.copyOf(differentiators);
        proof = List.copyOf(proof);
        pricingSignals = List.copyOf(pricingSignals);
        keyphrases = List.copyOf(keyphrases);
    }
}
