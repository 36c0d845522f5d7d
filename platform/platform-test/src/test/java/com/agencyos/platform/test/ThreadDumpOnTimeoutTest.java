package com.agencyos.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ThreadDumpOnTimeoutTest {

    @Test
    void recognisesATimeoutAnywhereInTheCauseChainAndNothingElse() {
        assertThat(ThreadDumpOnTimeout.timedOut(new IllegalStateException("wrapped", new TimeoutException("late")))).isTrue();
        assertThat(ThreadDumpOnTimeout.timedOut(new IllegalStateException("Timeout on blocking read for 30000000000 NANOSECONDS")))
                .isTrue();
        assertThat(ThreadDumpOnTimeout.timedOut(new AssertionError("expected 200 but was 500"))).isFalse();
    }

    @Test
    void theDumpNamesEveryLiveThreadWithItsState() {
        String dump = ThreadDumpOnTimeout.dump();
        assertThat(dump).contains('"' + Thread.currentThread().getName() + "\" RUNNABLE")
                .contains("\"Reference Handler\"").contains("    at ");
    }
}
