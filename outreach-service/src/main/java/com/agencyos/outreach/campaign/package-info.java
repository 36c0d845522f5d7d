/**
 * Campaigns: the container a lead is enrolled in. Each campaign has a sending mode; the only mode today is
 * {@code draft_only}, in which every step becomes a draft for a person to send and nothing leaves the platform.
 *
 * <p>Walking skeleton: campaigns are not yet created through the API. A tenant's {@code inbound} campaign is
 * created the first time one of its leads arrives without a campaign, and a campaign named at intake
 * ({@code campaignId} on {@code lead.scored}) is adopted under that id the first time it is seen. The campaigns
 * issue adds creation, sequences, schedules, the co-pilot and autopilot modes, and activation rules.
 *
 * <p>Reads: {@code GET /api/v1/campaigns} lists the caller's tenant's campaigns (any role).
 */
package com.agencyos.outreach.campaign;
