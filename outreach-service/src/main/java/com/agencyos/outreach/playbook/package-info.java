/**
 * Account playbooks received from playbook-service ({@code playbook.generated}): per prospect account, the
 * priority personas and their four-touch sequences (days 1/3/7/14) with merge fields left in place.
 *
 * <p>Walking skeleton: playbooks are stored as they arrive, keyed by playbook id (a playbook republished under a
 * new event id changes nothing), and nothing uses them yet. The sequences issue writes steps from them for the
 * enrolled leads of the account, and releases the {@code waitingLeadIds} whose enrolment waited for one.
 */
package com.agencyos.outreach.playbook;
