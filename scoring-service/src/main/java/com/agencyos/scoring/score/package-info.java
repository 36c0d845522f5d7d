/**
 * Lead scoring. {@code lead.enriched} becomes {@link com.agencyos.scoring.score.domain.LeadFacts}, scored by the
 * ALS formula ({@link com.agencyos.scoring.score.domain.AlsScorer}) against the tenant's ICP (a local read model
 * of {@code tenant.changed}) with weights chosen by {@link com.agencyos.scoring.score.domain.WeightsPolicy};
 * the score, its breakdown and reasons are kept and published as {@code lead.scored} ({@code firstScore} the
 * first time a lead is scored, which the tenant's lead pool counts).
 *
 * <p>Walking skeleton status: the formula, the breakdown, manual weights and the preview are real. Learned
 * weights ({@code scoring.weights.learned}), rescoring on bounces, tenant-wide rescore and the distribution
 * report arrive with the scoring issue.
 */
package com.agencyos.scoring.score;
