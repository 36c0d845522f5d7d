/**
 * Lead scoring. {@code lead.enriched} becomes {@link com.agencyos.scoring.score.domain.LeadFacts}, scored by the
 * ALS formula ({@link com.agencyos.scoring.score.domain.AlsScorer}) against the tenant's ICP (a local read model
 * of {@code tenant.changed}) with weights chosen by {@link com.agencyos.scoring.score.domain.WeightsPolicy};
 * the score, its breakdown and reasons are kept and published as {@code lead.scored} ({@code firstScore} the
 * first time a lead is scored, which the tenant's lead pool counts).
 *
 * <h2>Rescoring</h2>
 * The last facts of every lead are kept ({@code lead_facts}), so a lead can be rescored without asking another
 * service: on new enrichment, on a hard bounce ({@code delivery.events}, {@code agencyos.delivery.bounced.v1}
 * with {@code kind = hard}: the facts get {@code bounced = true}, which stays true whatever later enrichment
 * says), on request, and tenant-wide in pages by a background job. A new score is stored and published only
 * when it differs from the current one in score, tier, any component's points or the weights' source; an
 * unchanged rescore writes and publishes nothing.
 *
 * <h2>Learned weights</h2>
 * {@code scoring.weights.learned} is kept per scope (the tenant, the industry, global), the latest
 * {@code computedAt} winning; weights past {@code validUntil} are ignored. The learner sends points, scoring
 * uses their shares. Platform industry weights are those of the tenant's first ICP industry. A tenant's
 * {@code sampleSize} counts as its conversions for the policy's threshold. New weights take effect on the next
 * score of a lead; an owner can rescore the whole tenant to apply them at once.
 */
package com.agencyos.scoring.score;
