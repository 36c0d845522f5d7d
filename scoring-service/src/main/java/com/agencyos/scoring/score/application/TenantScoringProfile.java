package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.Weights;
import java.util.Optional;

/** What scoring knows of a tenant: its ICP (from {@code tenant.changed}) and its manual weights, if any. */
public record TenantScoringProfile(Icp icp, Optional<Weights> manualWeights) {

    public static final TenantScoringProfile DEFAULT = new TenantScoringProfile(Icp.DEFAULT, Optional.empty());
}
