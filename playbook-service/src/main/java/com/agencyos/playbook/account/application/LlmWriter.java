package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.DefaultPersona;
import com.agencyos.playbook.account.domain.Persona;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.VendorProfile;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * An optional language-model writer of the personas' sequences. Any error (not configured, budget spent, timeout,
 * HTTP error, output that fails validation) means: fall back to the built-in generator, with the error as the note.
 */
public interface LlmWriter {

    boolean enabled();

    Mono<List<Persona>> personas(UUID tenantId, VendorProfile vendor, ProspectProfile prospect, List<DefaultPersona> chosen);
}
