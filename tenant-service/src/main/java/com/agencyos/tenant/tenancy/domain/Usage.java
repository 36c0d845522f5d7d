package com.agencyos.tenant.tenancy.domain;

/**
 * What a tenant has used in one month.
 *
 * @param leadPoolUsed leads first scored this month
 * @param leadPoolLimit the tier's monthly lead pool
 * @param creditsUsedMicros provider costs debited this month, in micro-AUD
 */
public record Usage(UsageMonth month, long leadPoolUsed, int leadPoolLimit, long creditsUsedMicros) {

    public long leadPoolRemaining() {
        return Math.max(0, leadPoolLimit - leadPoolUsed);
    }

    public boolean leadPoolExhausted() {
        return leadPoolUsed >= leadPoolLimit;
    }
}
