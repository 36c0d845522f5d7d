package com.agencyos.playbook.account.application;

import java.util.List;

/** One page of a tenant's playbooks, most recently generated first, with the total across all pages. */
public record PlaybookPage(List<PlaybookSummary> items, int page, int size, long total) {

    public PlaybookPage {
        items = List.copyOf(items);
    }
}
