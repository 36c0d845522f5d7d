package com.agencyos.enrichment.lead.domain;

import java.util.ArrayList;
import java.util.List;

/** A lead after the free normalisation: the facts the waterfall and suppression work from, and the form's answer. */
public record NormalisedLead(LeadIntake intake, String email, String emailDomain, boolean emailIsRoleAddress,
        boolean emailIsFreeMail, String companyDomain, String website, ProviderAnswer form) {

    public LeadQuery query() {
        return new LeadQuery(email, value(Field.FIRST_NAME), value(Field.LAST_NAME), value(Field.TITLE),
                value(Field.COMPANY_NAME), companyDomain, website, value(Field.LINKEDIN_URL));
    }

    /** The values a suppression list could hold for this lead: its email, its domains and its phone. */
    public List<SuppressionKey> suppressionKeys() {
        List<SuppressionKey> keys = new ArrayList<>();
        if (email != null) {
            keys.add(new SuppressionKey(SuppressionKey.Kind.email, email));
        }
        if (emailDomain != null) {
            keys.add(new SuppressionKey(SuppressionKey.Kind.domain, emailDomain));
        }
        if (companyDomain != null && !companyDomain.equals(emailDomain)) {
            keys.add(new SuppressionKey(SuppressionKey.Kind.domain, companyDomain));
        }
        String phone = value(Field.PHONE);
        if (phone != null) {
            keys.add(new SuppressionKey(SuppressionKey.Kind.phone, phone));
        }
        return keys;
    }

    private String value(Field field) {
        Sourced sourced = form.values().get(field);
        return sourced == null ? null : (String) sourced.value();
    }
}
