package com.agencyos.tenant.secret.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The provider credentials a tenant hands us so webhook-ingest-service can verify the providers' webhooks: the
 * HubSpot app's client secret (signatures v1/v2/v3), Postmark's basic-auth credentials as {@code user:password}
 * (Postmark signs nothing), and Twilio's auth token ({@code X-Twilio-Signature}). Values are checked for the
 * shape each provider issues, so a paste gone wrong is a 400 and not a webhook that never verifies.
 */
public final class ProviderSecrets {

    static final int MAX_VALUE = 256;
    static final int MAX_FORM_IDS = 100;
    private static final Pattern NO_SPACE_OR_CONTROL = Pattern.compile("^[\\x21-\\x7E]+$");
    private static final Pattern TWILIO_AUTH_TOKEN = Pattern.compile("^[0-9a-fA-F]{32}$");
    private static final Pattern FORM_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    private ProviderSecrets() {
    }

    /** The provider kinds a tenant may store; {@code agencyos_webhook} secrets are issued by us instead. */
    public static Optional<SecretKind> providerKind(String value) {
        for (SecretKind kind : SecretKind.values()) {
            if (kind != SecretKind.agencyos_webhook && kind.name().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the value to store, unchanged
     * @throws InvalidSecretException naming {@code kind} or {@code value}; the message never repeats the value
     */
    public static String validate(String kind, String value) {
        Map<String, String> errors = new LinkedHashMap<>();
        SecretKind parsed = providerKind(kind).orElse(null);
        if (parsed == null) {
            errors.put("kind", "must be one of hubspot_app, postmark_basic, twilio_auth");
        }
        if (value == null || value.isEmpty()) {
            errors.put("value", "is required");
        } else if (value.length() > MAX_VALUE || !NO_SPACE_OR_CONTROL.matcher(value).matches()) {
            errors.put("value", "must be at most " + MAX_VALUE + " printable characters without spaces");
        } else if (parsed == SecretKind.postmark_basic) {
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                errors.put("value", "must be user:password, both non-empty");
            }
        } else if (parsed == SecretKind.twilio_auth && !TWILIO_AUTH_TOKEN.matcher(value).matches()) {
            errors.put("value", "must be a Twilio auth token: 32 hexadecimal characters");
        } else if (parsed == SecretKind.hubspot_app && value.length() < 8) {
            errors.put("value", "must be the HubSpot app's client secret (at least 8 characters)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSecretException(errors);
        }
        return value;
    }

    /** The HubSpot forms whose submissions become leads, each once, in the order given; empty means every form. */
    public static List<String> formIds(List<String> formIds) {
        if (formIds == null) {
            throw new InvalidSecretException(Map.of("formIds", "is required (an empty list accepts every form)"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < formIds.size(); i++) {
            String id = formIds.get(i) == null ? "" : formIds.get(i).trim();
            if (!FORM_ID.matcher(id).matches()) {
                errors.put("formIds[" + i + "]", "must be a HubSpot form id (letters, digits, - and _, at most 64)");
            }
            unique.add(id);
        }
        if (unique.size() > MAX_FORM_IDS) {
            errors.put("formIds", "at most " + MAX_FORM_IDS + " forms");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSecretException(errors);
        }
        return List.copyOf(unique);
    }
}
