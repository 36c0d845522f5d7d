package com.agencyos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.bench.chaos.Chaos;
import com.agencyos.bench.chaos.ChaosOptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The short version of issue #10's chaos suite, on the run's shared stack and therefore last: leads flow while
 * webhook-ingest, enrichment and outreach are killed with SIGKILL and restarted and the broker is killed once, poison
 * goes onto consumed topics, then webhook-ingest and the gateway get a rolling restart ({@code ./agency-os restart}),
 * which must fail no acknowledgement; then the databases, topics and SMTP sink must show every accepted lead in a
 * terminal state, no duplicate touch, drained outboxes and only the poison dead-lettered. The full run is
 * bench/README.md's.
 */
@Order(100)
class ChaosE2EIT {

    @Test
    void killedServicesAndABrokerCrashLoseNoLeadAndSendNoTouchTwiceWhilePoisonIsDeadLetteredAndARollingRestartFailsNoAck() throws Exception {
        LocalStack stack = LocalStack.shared();
        ChaosOptions options = ChaosOptions.shortRun(stack.root(), stack.home());

        Chaos.Report report = Chaos.run(options, stack::agencyOs, System.out);

        assertThat(report.failures()).as("failed chaos checks; figures: %s", report.figures()).isEmpty();
        assertThat((Integer) report.figures().get("leadsAccepted")).as("leads accepted").isGreaterThanOrEqualTo(200);
    }
}
