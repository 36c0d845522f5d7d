package com.agencyos.playbook.account.adapter.web;

import java.util.UUID;

/** A playbook still being written, or whose run failed: its sites and its latest run, no content yet. */
record PendingPlaybookResponse(UUID id, String status, String vendorDomain, String prospectDomain, RunResponse latestRun) {
}
