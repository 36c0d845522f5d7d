package com.agencyos.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full service on a random port against real Kafka and PostgreSQL. Inject {@link EventProbe},
 * {@link TestIssuer} and {@code WebTestClient} (bound to the running server) into the test. A test that times out
 * leaves a thread dump in {@code target/thread-dumps/} ({@link ThreadDumpOnTimeout}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@ExtendWith(ThreadDumpOnTimeout.class)
public @interface AgencyIntegrationTest {
}
