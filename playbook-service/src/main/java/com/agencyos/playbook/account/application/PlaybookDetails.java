package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.LinkedLead;
import com.agencyos.playbook.account.domain.PlaybookInsights;
import java.util.List;

/**
 * A playbook with the leads of its account, oldest link first.
 *
 * @param insights the research behind the playbook; null for a playbook written without research
 */
public record PlaybookDetails(AccountPlaybook playbook, List<LinkedLead> leads, PlaybookInsights insights) {

    public PlaybookDetails {
        leads = List.copyOf(leads);
    }
}
