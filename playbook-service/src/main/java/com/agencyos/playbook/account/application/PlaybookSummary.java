package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.Generator;
import java.time.Instant;
import java.util.UUID;

/** A playbook as listed: enough to choose one, without its personas. */
public record PlaybookSummary(UUID id, String prospectDomain, String vendorDomain, String companyName,
        double confidence, Generator generator, Instant generatedAt, long leadCount) {
}
