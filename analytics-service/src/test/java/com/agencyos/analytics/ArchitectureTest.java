package com.agencyos.analytics;

import com.agencyos.platform.test.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.productionClasses("com.agencyos.analytics");

    @Test
    void domainIsFreeOfFrameworks() {
        ArchitectureRules.domainIsFrameworkFree().check(classes);
    }

    @Test
    void applicationDoesNotDependOnAdapters() {
        ArchitectureRules.applicationDoesNotUseAdapters().check(classes);
    }
}
