package com.agencyos.playbook.account.adapter.web;

import java.util.UUID;

/**
 * The answer to a playbook request: {@code playbook} is the reused playbook, or null while a new one is written;
 * {@code run} is the run to watch ({@code GET /api/v1/playbooks/{playbookId}/runs/{run.id}}).
 */
record RequestedResponse(UUID playbookId, boolean reused, PlaybookResponse playbook, RunResponse run) {
}
