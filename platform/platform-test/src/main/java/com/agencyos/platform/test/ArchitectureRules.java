package com.agencyos.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;

/** Architecture rules every service checks; each fails if it matches no class (a rule that matches nothing). */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * The module's own compiled classes under the package. Importing {@code target/classes} directly rather than
     * scanning the classpath keeps this a sub-second unit test.
     */
    public static JavaClasses productionClasses(String basePackage) {
        Path classes = Path.of("target", "classes");
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        JavaClasses imported = Files.isDirectory(classes) ? importer.importPath(classes) : importer.importPackages(basePackage);
        return imported.that(com.tngtech.archunit.base.DescribedPredicate.describe("in " + basePackage,
                c -> c.getPackageName().startsWith(basePackage)));
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
