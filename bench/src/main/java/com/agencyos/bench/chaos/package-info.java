/**
 * The chaos suite of issue #10: leads flow open-loop through a running local stack while services, the broker and
 * the database are killed and restarted, poison records are injected on consumed topics, and every service is then
 * restarted gracefully in turn; afterwards the databases, the topics and the SMTP sink are read to prove that no
 * accepted lead was lost, no touch went out twice, every outbox drained and only poison reached a dead-letter topic.
 *
 * <p>{@link com.agencyos.bench.chaos.Chaos} is the entry point for {@code bench.jar} and for the end-to-end suite's
 * short version, which passes its own {@link com.agencyos.bench.chaos.StackControl} so restarts go through the
 * stack it started. The code depends on nothing but the JDK, kafka-clients, the PostgreSQL driver and Jackson, so
 * the end-to-end module can compile these sources into its tests.
 */
package com.agencyos.bench.chaos;
