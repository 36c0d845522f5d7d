package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.domain.Tier;
import java.util.List;
import java.util.Map;

/**
 * How a tenant's current scores spread: leads per tier, and per 10-point bucket (0-9, 10-19, … 80-89, and
 * 90-100, so the ten buckets cover every score).
 */
public record ScoreDistribution(long total, Map<Tier, Long> tiers, List<Long> buckets) {
}
