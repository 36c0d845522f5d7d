package com.agencyos.scoring;

import com.agencyos.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes =
            ArchitectureRules.productionClasses("com.agencyos.scoring");

    @Test
    void domainIsFreeOfFrameworks() {
        ArchitectureRules.domainIsFrameworkFree().check(classes);
    }

    @Test
    void applicationDoesNotDependOnAdapters() {
        ArchitectureRules.applicationDoesNotUseAdapters().check(classes);
    }
}
