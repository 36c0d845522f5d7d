/**
 * Batches: one vendor against up to a hundred prospects. A batch is a list of ordinary playbook requests (each reuses
 * a recent playbook of the same sites or queues a run); the shared run queue bounds how many are researched at once.
 * Progress is read from the runs and playbooks of the batch's items; the bulk export joins their rows.
 */
package com.agencyos.playbook.batch;
