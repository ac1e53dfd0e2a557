package dev.qbrsync.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** What the core shows the world: a domain's words, not the web's. */
class CoreApiTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.qbrsync");
    private static final List<String> WEB_WORDS = List.of("Token", "Cookie", "Csrf", "Http");

    /** Sessions, callers, access keys and permissions are the core's; tokens, cookies and CSRF are the adapter's. */
    @Test
    void noPublicTypeOrMemberOfTheCoreIsNamedWithAWebWord() {
        classes().that().resideInAPackage("dev.qbrsync.core..").and().arePublic()
                .should(new ArchCondition<>("name no public type or member with " + WEB_WORDS) {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        publicNames(type).filter(CoreApiTest::hasAWebWord).forEach(name -> events.add(
                                SimpleConditionEvent.violated(type, type.getName() + " shows the web word in " + name)));
                    }
                })
                .check(PRODUCTION);
    }

    private static Stream<String> publicNames(JavaClass type) {
        Stream<JavaMember> members = Stream.concat(type.getMethods().stream(), type.getFields().stream());
        return Stream.concat(Stream.of(type.getSimpleName()), members
                .filter(member -> member.getModifiers().contains(JavaModifier.PUBLIC)).map(JavaMember::getName));
    }

    private static boolean hasAWebWord(String name) {
        return WEB_WORDS.stream().anyMatch(name::contains);
    }
}
