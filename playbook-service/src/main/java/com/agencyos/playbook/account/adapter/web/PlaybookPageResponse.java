package com.agencyos.playbook.account.adapter.web;

import com.agencyos.playbook.account.application.PlaybookPage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of playbooks, most recently generated first; {@code total} counts every page. */
record PlaybookPageResponse(List<Item> items, int page, int size, long total) {

    record Item(UUID id, String prospectDomain, String vendorDomain, String companyName, double confidence,
            String generator, Instant generatedAt, long leadCount) {
    }

    static PlaybookPageResponse of(PlaybookPage page) {
        return new PlaybookPageResponse(page.items().stream().map(s -> new Item(s.id(), s.prospectDomain(),
                        s.vendorDomain(), s.companyName(), s.confidence(), s.generator().name(), s.generatedAt(),
                        s.leadCount())).toList(),
                page.page(), page.size(), page.total());
    }
}
