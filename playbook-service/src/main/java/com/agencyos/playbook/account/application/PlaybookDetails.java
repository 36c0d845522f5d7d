package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.LinkedLead;
import java.util.List;

/** A playbook with the leads of its account, oldest link first. */
public record PlaybookDetails(AccountPlaybook playbook, List<LinkedLead> leads) {

    public PlaybookDetails {
        leads = List.copyOf(leads);
    }
}
