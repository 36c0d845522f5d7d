package com.agencyos.enrichment.lead.application;

/** Where a received lead stands. */
public enum JobState {
    /** Waiting for a worker. */
    pending,
    /** Leased by a worker; back to the queue when the lease runs out without a result. */
    running,
    /** The tenant is not eligible (status, lead pool, not known yet): waits for a {@code tenant.changed}. */
    parked,
    /** On a suppression list: recorded, never enriched, no {@code lead.enriched}. */
    suppressed,
    /** The tenant was deleted while the lead waited. */
    dropped,
    /** Enriched and announced. */
    done
}
