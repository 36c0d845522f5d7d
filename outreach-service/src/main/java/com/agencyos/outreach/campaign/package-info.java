/**
 * Campaigns: what a lead is enrolled in, with its settings, its sequence and its life
 * ({@code draft → active ⇄ paused → completed}; {@link com.agencyos.outreach.campaign.domain.CampaignStatus}).
 *
 * <ul>
 *   <li>Settings ({@link com.agencyos.outreach.campaign.domain.CampaignSettings}): permission mode ({@code autopilot},
 *       {@code co_pilot}, {@code manual}; stored, the approval queue and tasks are not built yet), minimum tier,
 *       channel allocation in whole percent summing to 100, sending window (IANA time zone, days, hours), wait for a
 *       playbook (stored, not acted on yet).
 *   <li>Sequence ({@link com.agencyos.outreach.campaign.domain.Sequence}): {@code built_in} (email on days 1, 3, 7,
 *       14 with the service's copy), {@code custom} (steps with a channel, a day, subject and body templates with
 *       merge fields, optional A/B variants with splits summing to 100) or {@code playbook} (built-in copy until the
 *       playbook's persona sequences are used).
 *   <li>A person creates a campaign as a draft in {@code draft_only} mode; only an active campaign enrols. Active
 *       campaigns a person created count against the tier's limit, read from {@code tenant.changed}
 *       ({@link com.agencyos.outreach.campaign.domain.TenantPlan}; ignition's 5 until the first one arrives);
 *       activations of a tenant are serialised by an advisory lock. The built-in campaigns ({@code inbound}, and
 *       {@code intake} ones adopted from a lead's {@code campaignId}) start active, do not count, cannot be deleted.
 *   <li>API {@code /api/v1/campaigns}: viewers read, members write, owners and admins delete (softly).
 * </ul>
 */
package com.agencyos.outreach.campaign;
