package com.agencyos.ingest.webhook.application;

import java.time.Duration;

/** How strict signature checks are; bound from configuration by the service. */
public record WebhookSettings(Duration signatureTolerance) {
}
