package dev.qbrsync.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every module's main classes as ArchUnit sees them, imported once per test JVM for the architecture tests: the import
 * reads the whole classpath and took longer than the checks themselves, once per test class.
 */
final class ProductionClasses {
    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.qbrsync");

    private ProductionClasses() {
    }
}
