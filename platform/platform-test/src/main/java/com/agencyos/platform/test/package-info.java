/**
 * Test support for every service's {@code *IT} tests: real infrastructure, never mocks of our own.
 *
 * <p>{@link com.agencyos.platform.test.AgencyIntegrationTest} boots the service against a real Kafka broker and
 * a real PostgreSQL, chosen by {@link com.agencyos.platform.test.RealInfrastructure}: Testcontainers when a
 * Docker engine answers, otherwise an in-process KRaft broker and an embedded PostgreSQL server. Each Spring
 * context gets its own fresh database, so test classes never see each other's rows. Access tokens come from
 * {@link com.agencyos.platform.test.TestIssuer}, a local issuer that serves its JWKS over HTTP, so services
 * validate real signatures exactly as they do against Keycloak (the end-to-end tests use Keycloak itself).
 * {@link com.agencyos.platform.test.EventProbe} publishes CloudEvents and waits for events on topics.
 */
package com.agencyos.platform.test;
