package dev.qbrsync.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the core shows the world: its use cases, ports, their values and exceptions, in a domain's words, not the web's;
 * everything else is package-private or in a package named {@code internal} that no adapter may use.
 */
class CoreApiTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ALL;
    private static final List<String> WEB_WORDS = List.of("Token", "Cookie", "Csrf", "Http");
    private static final String CORE = "dev.qbrsync.core..";
    private static final String INTERNAL = "dev.qbrsync.core..internal..";

    @Test
    void nothingOutsideTheCoreUsesItsInternals() {
        noClasses().that().resideOutsideOfPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(PRODUCTION);
    }

    /**
     * The core's public types, outside its internal packages, are those listed in {@code core-public-api.txt}: a type
     * made public, or moved out of the API, fails here until the list says so.
     */
    @Test
    void theCoreExposesTheListedTypesOnly() throws IOException {
        List<String> exposed = PRODUCTION.stream()
                .filter(type -> type.getPackageName().startsWith("dev.qbrsync.core"))
                .filter(type -> !type.getPackageName().contains(".internal"))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> type.getEnclosingClass().isEmpty())
                .map(type -> type.getName().substring("dev.qbrsync.core.".length()))
                .sorted().toList();

        assertThat(exposed).containsExactlyElementsOf(listedApi());
    }

    private static List<String> listedApi() throws IOException {
        try (InputStream list = CoreApiTest.class.getResourceAsStream("/core-public-api.txt")) {
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).sorted().toList();
        }
    }

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
