package com.agencyos.playbook.account.adapter.web;

/** {@code POST /api/v1/playbooks}: {@code vendorDomain} defaults to the tenant's website; {@code force} skips reuse. */
record PlaybookRequestBody(String vendorDomain, String prospectDomain, Boolean force) {
}
