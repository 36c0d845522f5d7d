package com.agencyos.playbook.account.domain;

/**
 * The steps of a generation run in order, each with the share of the work done once it has finished.
 * {@code fetch_homepages} is where a domain that does not resolve, is refused or does not answer fails fast.
 */
public enum RunStep {
    validate_domains(2), fetch_homepages(15), rank_urls(20), fetch_pages(65), extract_vendor_profile(72),
    extract_prospect_profile(80), choose_personas(84), write_playbook(95), save(100);

    private final int percentDoneAfter;

    RunStep(int percentDoneAfter) {
        this.percentDoneAfter = percentDoneAfter;
    }

    public int percentDoneAfter() {
        return percentDoneAfter;
    }
}
