/**
 * Delivery reports from providers: a bounce or a spam complaint about a message we sent.
 *
 * <p>Postmark's bounce and spam-complaint webhooks ({@code POST /webhooks/postmark/{tenantId}/delivery}, the
 * tenant's {@code postmark_basic} credentials) become {@code agencyos.delivery.bounced.v1} (kind {@code hard} or
 * {@code soft}) and {@code agencyos.delivery.complained.v1} on {@code delivery.events}, keyed by the lead when the
 * address matches the latest email touch to it, else by the tenant. Tenant-service suppresses hard bounces and
 * complaints and outreach stops the lead's sequences; this service only reports. Each report is stored by
 * Postmark's record id in the same transaction as its event, so a redelivery changes nothing. Record types that
 * are neither (deliveries, opens, auto-responders) are acknowledged and ignored, so Postmark stops retrying them.
 */
package com.agencyos.ingest.delivery;
