/**
 * Web mechanics every service shares, so that all of them read the same way.
 *
 * <ul>
 *   <li>{@link com.agencyos.platform.web.Caller}: who is calling, taken from the JWT only — tenant from the
 *       {@code tenant_id} claim, roles from the flat {@code roles} claim. Never from a path, body or header.
 *   <li>{@link com.agencyos.platform.web.ApiProblem}: the one exception a service throws for a client-facing
 *       error; {@link com.agencyos.platform.web.ProblemWebExceptionHandler} renders it, and every other error,
 *       as RFC 9457 {@code application/problem+json} with a stable {@code type} URI.
 *   <li>{@link com.agencyos.platform.web.AgencyWebAutoConfiguration}: the reactive security chain (actuator
 *       health, metrics and API docs open; everything else authenticated), 401/403 as problem details.
 *   <li>{@link com.agencyos.platform.web.PlatformDefaults}: lowest-precedence defaults (actuator, structured
 *       logs, issuer, graceful shutdown) that a service's own {@code application.yml} may override.
 * </ul>
 */
package com.agencyos.platform.web;
