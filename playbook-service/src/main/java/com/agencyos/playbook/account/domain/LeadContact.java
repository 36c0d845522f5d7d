package com.agencyos.playbook.account.domain;

/** What a lead's scoring event says about the person, kept so exports can fill the merge fields; any part may be null. */
public record LeadContact(String email, String firstName, String lastName, String title, String companyName) {

    public static final LeadContact NONE = new LeadContact(null, null, null, null, null);
}
