package dev.qbrsync.http.api;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.qbr.CompanyId;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A query that names no company means the caller's default one. An embedder's core may have no default company: then
 * the caller is asked to name one, as a 400 on the field {@code company}, never a 500.
 */
class DefaultCompanyTest {
    private static final CompanyId ACME = CompanyId.of("7");

    @Test
    void withoutADefaultCompanyTheCallerIsAskedToNameOneWithA400OnTheCompanyField() {
        try (QbwcCore core = QbwcCore.builder().quickBooks(new QbxmlMessages()).build()) {
            assertThatThrownBy(() -> RequestParameters.defaultCompany(core.overview(), CompanyScope.every()))
                    .isInstanceOfSatisfying(ApiError.class, refusal -> {
                        assertThat(refusal.status()).isEqualTo(400);
                        assertThat(refusal.field()).isEqualTo("company");
                        assertThat(refusal.getMessage()).contains("there is no default one");
                    });
        }
    }

    @Test
    void aCallerLimitedToOneCompanyHasThatOneAsItsDefaultEvenWithoutTheInstallationsDefault() {
        try (QbwcCore core = QbwcCore.builder().quickBooks(new QbxmlMessages()).build()) {
            assertThat(RequestParameters.defaultCompany(core.overview(), CompanyScope.only(Set.of(ACME))))
                    .isEqualTo(ACME);
        }
    }

    @Test
    void aCallerAllowedEveryCompanyGetsTheInstallationsDefault() {
        try (QbwcCore core = QbwcCore.builder().quickBooks(new QbxmlMessages()).defaultCompany(ACME).build()) {
            assertThat(RequestParameters.defaultCompany(core.overview(), CompanyScope.every())).isEqualTo(ACME);
        }
    }
}
