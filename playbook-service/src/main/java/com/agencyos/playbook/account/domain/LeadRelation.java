package com.agencyos.playbook.account.domain;

/**
 * How a lead is linked to its account's playbook: {@code waiting} leads waited for the playbook and are named in
 * {@code playbook.generated}; {@code attached} leads arrived when the playbook already existed and are not
 * announced again.
 */
public enum LeadRelation {
    waiting, attached
}
