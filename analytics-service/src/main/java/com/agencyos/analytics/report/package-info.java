/**
 * Reports over the facts and the lead view, tenant-scoped (a platform administrator without a tenant sees platform
 * totals), each also exported as CSV: the funnel per campaign with conversion rates, channel performance per
 * channel, step and A/B variant, the ALS tier distribution per day, the reply intent breakdown, capture to first
 * touch (median, p90), and costs in AUD per lead and per meeting from event costs and configurable unit costs.
 *
 * <p>Reports are computed on request from {@code event_fact} and {@code lead_view}, so they never need a rebuild of
 * their own and are as fresh as the projection.
 */
package com.agencyos.analytics.report;
