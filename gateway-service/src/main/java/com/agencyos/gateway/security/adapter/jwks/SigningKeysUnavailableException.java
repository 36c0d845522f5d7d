package com.agencyos.gateway.security.adapter.jwks;

import java.net.URI;

/** No key set has been fetched yet and the issuer cannot be reached: tokens cannot be verified. */
public class SigningKeysUnavailableException extends RuntimeException {

    public SigningKeysUnavailableException(URI jwkSetUri, Throwable cause) {
        super("No signing keys available from " + jwkSetUri, cause);
    }
}
