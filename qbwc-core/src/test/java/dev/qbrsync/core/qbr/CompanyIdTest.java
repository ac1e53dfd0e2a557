package dev.qbrsync.core.qbr;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A company id is a value of its own: checked once where it comes in, then printed as itself. */
class CompanyIdTest {

    @Test
    void anIdIsItsValueAndPrintsAsIt() {
        CompanyId acme = CompanyId.of("acme");

        assertThat(acme.value()).isEqualTo("acme");
        assertThat(acme).hasToString("acme").isEqualTo(new CompanyId("acme")).isNotEqualTo(CompanyId.of("1"));
        assertThat(CompanyId.of("x".repeat(CompanyId.MAX_LENGTH)).value()).hasSize(CompanyId.MAX_LENGTH);
    }

    @Test
    void aBlankLongOrPaddedIdIsRefusedNamingTheCompanyField() {
        for (String bad : new String[] {null, "", "   ", " acme", "acme\n", "ac\u0000me",
                "x".repeat(CompanyId.MAX_LENGTH + 1)}) {
            assertThatThrownBy(() -> CompanyId.of(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.field()).isEqualTo("company"));
        }
    }

    @Test
    void numericIdsSortAsNumbersAndOthersByText() {
        var ids = new TreeSet<>(List.of(CompanyId.of("10"), CompanyId.of("acme"), CompanyId.of("2"), CompanyId.of("9")));

        assertThat(ids).map(CompanyId::value).containsExactly("2", "9", "10", "acme");
    }
}
