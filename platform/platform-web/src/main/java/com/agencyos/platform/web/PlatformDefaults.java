package com.agencyos.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's defaults files as the lowest-precedence property sources, so every
 * service starts from the same actuator, logging, security and shutdown settings and overrides only what
 * differs in its own {@code application.yml}.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    /** Web defaults, then event defaults when platform-events is on the classpath. */
    static final List<String> RESOURCES = List.of(
            "agencyos-platform-defaults.properties", "agencyos-events-defaults.properties");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String name : RESOURCES) {
            ClassPathResource resource = new ClassPathResource(name, PlatformDefaults.class.getClassLoader());
            if (!resource.exists()) {
                continue;
            }
            try {
                environment.getPropertySources().addLast(new ResourcePropertySource(name, resource));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        }
    }
}
