/**
 * Account playbooks: how to sell the tenant's offer (the vendor) into one prospect account, known by its domain.
 *
 * <h2>Model</h2>
 * A tenant has at most one playbook per prospect domain ({@code playbook}, unique on tenant and domain). A playbook
 * holds priority personas, each with a four-touch email sequence (days 1, 3, 7 and 14) whose merge fields
 * ({@code {{firstName}}}, {@code {{companyName}}}, {@code {{senderName}}}) are left for outreach to fill. The leads of
 * the account are linked to it ({@code playbook_lead}): a lead is {@code waiting} when the playbook was generated
 * for it and {@code playbook.generated} names it, {@code attached} when it arrived once the playbook existed.
 *
 * <h2>Events</h2>
 * In: {@code lead.scored}. A lead that is not {@code dead} and has a company domain needs its account's playbook.
 * The first such lead of an account creates and generates the playbook; concurrent leads of the same account
 * meet the unique constraint, so exactly one playbook is generated and the others attach to it. Out:
 * {@code playbook.generated} (keyed by tenant id), once per playbook, naming the waiting leads. An attached lead
 * is recorded but not announced again: consumers already hold the account's playbook by its prospect domain.
 *
 * <p>Walking skeleton: there is no web research yet. The playbook is written at once from what the event
 * carries: three default personas chosen by the family of the lead's job title, template sequences, the
 * {@code builtin} generator, confidence 0.2 and the reason {@code skeleton: no web research yet}. The vendor is
 * not known to this service yet, so {@code vendorDomain} is the reserved placeholder {@code unknown.invalid}.
 * The playbook issue replaces the writer with research of both websites (vendor offer, prospect profile), keeps
 * leads waiting while research runs, and adds vendor profiles, runs, batches and exports.
 */
package com.agencyos.playbook.account;
