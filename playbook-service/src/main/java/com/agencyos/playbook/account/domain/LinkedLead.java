package com.agencyos.playbook.account.domain;

import java.time.Instant;
import java.util.UUID;

/** A lead of the account and how it came to use the playbook. */
public record LinkedLead(UUID leadId, LeadRelation relation, Instant linkedAt, LeadContact contact) {
}
