package dev.qbrsync.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies point inward: adapters depend on the core, the core on the JDK alone and its packages on each other
 * without cycles, adapters not on each other.
 */
class ModuleBoundariesTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ALL;
    private static final String HTTP = "dev.qbrsync.http";

    @Test
    void theCoreDependsOnTheJdkAndItselfOnly() {
        // javax.crypto is java.base's too: the default password hasher's PBKDF2.
        classes().that().resideInAPackage("dev.qbrsync.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "dev.qbrsync.core..")
                .check(PRODUCTION);
    }

    @Test
    void theCoresPackagesHaveNoCycles() {
        slices().matching("dev.qbrsync.core.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    /** The root package (the server and its settings) counts as a slice of its own, so cycles through it show. */
    @Test
    void theHttpAdaptersPackagesHaveNoCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.startsWith(HTTP)) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(name.equals(HTTP) ? "(root)" : name.substring(HTTP.length() + 1)
                        .split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "the packages of " + HTTP;
            }
        }).should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theCodecKnowsNothingOfPersistenceHttpOrTheApp() {
        noClasses().that().resideInAPackage("dev.qbrsync.codec..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.qbrsync.persistence..", "dev.qbrsync.http..",
                        "dev.qbrsync.app..")
                .check(PRODUCTION);
    }

    @Test
    void persistenceKnowsNothingOfTheCodecHttpOrTheApp() {
        noClasses().that().resideInAnyPackage("dev.qbrsync.persistence..", "db.migration..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.qbrsync.codec..", "dev.qbrsync.http..",
                        "dev.qbrsync.app..")
                .check(PRODUCTION);
    }

    @Test
    void httpKnowsNothingOfPersistenceOrTheApp() {
        noClasses().that().resideInAPackage("dev.qbrsync.http..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.qbrsync.persistence..", "dev.qbrsync.app..")
                .check(PRODUCTION);
    }

    @Test
    void theEmbeddedDatabaseKnowsNothingOfQbr() {
        noClasses().that().resideInAPackage("dev.qbrsync.embeddedpostgres..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.qbrsync.core..", "dev.qbrsync.codec..",
                        "dev.qbrsync.persistence..", "dev.qbrsync.http..", "dev.qbrsync.app..")
                .check(PRODUCTION);
    }
}
