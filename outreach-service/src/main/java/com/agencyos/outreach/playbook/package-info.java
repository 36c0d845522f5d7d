/**
 * Account playbooks received from playbook-service ({@code playbook.generated}): per prospect account, the
 * priority personas and their four-touch sequences (days 1/3/7/14) with merge fields left in place.
 *
 * <p>Playbooks are stored as they arrive, keyed by playbook id (a playbook republished under a new event id changes
 * nothing). In the same transaction the enrolments waiting for one ({@code waitingLeadIds}, or leads at the
 * {@code prospectDomain}) are released with their first step due at once. A campaign whose sequence is {@code playbook}
 * writes, for each lead, the latest playbook's sequence of the lead's persona
 * ({@link com.agencyos.outreach.playbook.domain.Playbook#sequenceFor}), or the built-in copy without one.
 */
package com.agencyos.outreach.playbook;
