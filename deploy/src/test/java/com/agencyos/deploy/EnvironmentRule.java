package com.agencyos.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The agreement between what a deployment sets and what a service reads (deploy/README.md#environment-rule):
 * a variable its configuration reads without a default must be set; one with a default may be set; nothing else may be
 * set, except the JVM's and the OpenTelemetry agent's own variables and Spring Boot's relaxed-binding form of a
 * property whose parent the service's application.yml already configures (SPRING_DATA_REDIS_HOST for spring.data.redis).
 */
final class EnvironmentRule {

    private EnvironmentRule() {
    }

    static List<String> violations(ServiceModule service, Set<String> set, String where) {
        List<String> violations = new ArrayList<>();
        service.variables().forEach((variable, hasDefault) -> {
            if (!hasDefault && !set.contains(variable)) {
                violations.add(where + ": " + service.name() + " must set " + variable + " (read without a default)");
            }
        });
        for (String variable : set) {
            if (!service.variables().containsKey(variable) && !runtimeVariable(variable) && !relaxedBinding(service, variable)) {
                violations.add(where + ": " + service.name() + " sets " + variable + ", which its configuration never reads");
            }
        }
        return violations;
    }

    private static boolean runtimeVariable(String variable) {
        return variable.equals("JAVA_TOOL_OPTIONS") || variable.startsWith("OTEL_");
    }

    private static boolean relaxedBinding(ServiceModule service, String variable) {
        String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        int lastDot = property.lastIndexOf('.');
        if (lastDot < 0 || property.indexOf('.') == lastDot) {
            return false;
        }
        return Repository.at(service.application(), property.substring(0, lastDot)) instanceof Map<?, ?>;
    }
}
