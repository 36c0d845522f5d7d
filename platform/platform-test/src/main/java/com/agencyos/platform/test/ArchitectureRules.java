package com.agencyos.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules every service checks; each fails if it matches no class (a rule that matches nothing). */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    /** The domain ring holds plain Java: no Spring, R2DBC, Reactor, Kafka or Jackson. */
    public static ArchRule domainIsFrameworkFree() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "io.r2dbc..", "reactor..", "org.apache.kafka..", "tools.jackson..",
                        "com.agencyos.platform..")
                .allowEmptyShould(false)
                .because("the domain states business rules; frameworks live in the adapters");
    }

    /** Adapters depend on the application ring, never the other way round. */
    public static ArchRule applicationDoesNotUseAdapters() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .allowEmptyShould(false)
                .because("the application ring is reached from adapters, not the reverse");
    }
}
