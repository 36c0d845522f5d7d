package com.agencyos.platform.test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the service under test at the shared real infrastructure, a fresh database of its own and the local
 * token issuer, and registers the {@link EventProbe} and {@link TestIssuer} beans.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealInfrastructure infra = RealInfrastructure.get();
        TestIssuer issuer = TestIssuer.shared();
        String app = context.getEnvironment().getProperty("spring.application.name", "service");
        String database = infra.createDatabase("it_" + app.replace("-service", "").replace('-', '_'));
        Map<String, Object> props = new HashMap<>();
        props.put("spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers());
        props.put("spring.r2dbc.url", infra.r2dbcUrl(database));
        props.put("spring.r2dbc.username", infra.pgUser());
        props.put("spring.r2dbc.password", infra.pgPassword());
        props.put("spring.liquibase.url", infra.jdbcUrl(database));
        props.put("spring.liquibase.user", infra.pgUser());
        props.put("spring.liquibase.password", infra.pgPassword());
        props.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer.issuer());
        props.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer.jwkSetUri());
        props.put("agencyos.events.retry-attempts", "2");
        props.put("agencyos.test.database", database);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("agencyosTestInfrastructure", props));
        context.getBeanFactory().registerSingleton("eventProbe", new EventProbe(infra.kafkaBootstrapServers()));
        context.getBeanFactory().registerSingleton("testIssuer", issuer);
        // A loaded CI box can take longer than WebTestClient's 5 s default to answer the first request.
        context.getBeanFactory().registerSingleton("agencyosWebTestClientTimeout",
                (WebTestClientBuilderCustomizer) builder -> builder.responseTimeout(Duration.ofSeconds(30)));
    }
}
