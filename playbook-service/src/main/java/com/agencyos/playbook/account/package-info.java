/**
 * Account playbooks: how to sell a vendor's offer into one prospect account, known by its domain.
 *
 * <h2>Model</h2>
 * A playbook holds three priority personas, each with a four-touch email sequence (days 1 pain, 3 value, 7 proof,
 * 14 break-up) whose merge fields ({@code {{firstName}}}, {@code {{companyName}}}, {@code {{senderName}}}) are left
 * for outreach to fill, plus, when written from research, talk tracks, battle cards, an executive summary and every
 * quoted fact with its source page ({@code PlaybookInsights}). A {@code PlaybookRun} is one attempt to research and
 * write a playbook, recorded step by step ({@code RunStep}); the built-in generator is
 * {@code ResearchedPlaybookWriter}, which quotes the sites verbatim and invents nothing about either company.
 *
 * <h2>Origins</h2>
 * {@code request}: a user asks for vendor × prospect (reused within 30 days unless forced; batches are lists of
 * requests). {@code lead}: a scored lead needs its account's playbook; at most one per tenant and prospect domain
 * (partial unique index), its leads {@code waiting} until the announcement and {@code attached} afterwards. With the
 * tenant's website known from {@code tenant.changed} the lead playbook is researched; otherwise, or when research
 * fails, the template ({@code SkeletonPlaybookWriter}) is announced with its reasons.
 *
 * <h2>Events</h2>
 * In: {@code lead.scored}, {@code tenant.changed}. Out: {@code playbook.generated} (keyed by tenant id), once per
 * playbook, naming the waiting leads (none for requested playbooks), in the transaction that stores the playbook.
 */
package com.agencyos.playbook.account;
