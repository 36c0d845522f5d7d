/**
 * Conversion intelligence. WHO: a ridge logistic regression of the five ALS component points against meetings
 * booked, per tenant and, from tenants that consent to data sharing, per industry and platform-wide; weights that
 * clear the minimum sample are published on {@code scoring.weights.learned} through the outbox, weekly and on
 * demand. WHEN, HOW and WHAT: reply and meeting rates by weekday and hour, channel sequence, and subject and body
 * features, each with its sample size and none shown below the minimum sample.
 */
package com.agencyos.analytics.intelligence;
