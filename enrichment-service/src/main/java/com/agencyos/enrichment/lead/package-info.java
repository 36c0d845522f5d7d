/**
 * Lead enrichment. A lead arrives as {@code form.received}; it is normalised (email, company domain, free-mail
 * and role-address detection), recorded, and leaves as {@code lead.enriched} with a status and a confidence.
 *
 * <p>Walking skeleton: the provider waterfall (cache, Hunter, Apollo, web presence, the built-in website
 * provider, premium fallback), suppression and parking arrive with the enrichment issue. Until then the
 * enrichment is the normalisation alone, reported honestly as such in the provenance.
 */
package com.agencyos.enrichment.lead;
