package com.agencyos.tenant.secret.adapter.messaging;

/** The topic of sealed secrets, declared once, here. Internal: only webhook-ingest-service may read it. */
public final class SecretTopics {

    public static final String TENANT_SECRETS = "tenant.secrets";
    public static final String SECRETS_CHANGED_V1 = "agencyos.tenant.secrets-changed.v1";

    private SecretTopics() {
    }
}
