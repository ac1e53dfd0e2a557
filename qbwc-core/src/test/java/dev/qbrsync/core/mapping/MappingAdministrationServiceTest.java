package dev.qbrsync.core.mapping;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.company.NotPermittedException;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.ConflictException;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingAdministrationServiceTest {
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final CompanyScope EVERY = CompanyScope.every();
    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private InMemoryCore core;

    @BeforeEach
    void oneStoredReport() {
        core = new InMemoryCore(clock, new WebConnectorSettings("test", "", Duration.ofMinutes(30),
                new SyncPolicy(0, 45, Duration.ofHours(24), Duration.ofHours(24)), ReportBasis.ACCRUAL));
        core.quickBooks.respond("pnl", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(),
                ReportBuilder.forMonths(FEB)
                        .account(ReportSection.INCOME, "Tier Two Plans", "5000.00")
                        .account(ReportSection.EXPENSE, "Rent", "1000.00")
                        .build()));
        sync(InMemoryCore.USER, InMemoryCore.PASSWORD);
    }

    private void sync(String user, String password) {
        Caller caller = Caller.unknown();
        String ticket = core.webConnector.authenticate(caller, Authenticate.as(user, password.toCharArray())).ticket();
        core.webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket).qbxml("US", 13, 0));
        core.webConnector.receiveResponseXML(caller, ReceiveResponseXml.answer(ticket, "pnl"));
    }

    private BigDecimal stored(MetricKey key) {
        return stored(InMemoryCore.COMPANY, key);
    }

    private BigDecimal stored(CompanyId company, MetricKey key) {
        return core.metrics.find(company, FEB, FEB).stream()
                .filter(metric -> metric.key() == key && metric.isFromSync())
                .map(StoredMetric::value).findFirst().orElseThrow();
    }

    @Test
    void aNewRuleRecalculatesStoredMetricsAtOnce() {
        assertThat(stored(MetricKey.MISC_REVENUE)).isEqualTo(Money.of("5000.00"));

        MappingRule created = core.mappingAdministration.create(EVERY, new MappingRule(null, "Tier Two",
                MatchType.PREFIX,
                MetricKey.MRR, null, 50, true, "tier two plans are recurring"));

        assertThat(created.id()).isNotNull();
        assertThat(stored(MetricKey.MRR)).isEqualTo(Money.of("5000.00"));
        assertThat(stored(MetricKey.MISC_REVENUE)).isEqualTo(Money.ZERO);
        assertThat(stored(MetricKey.NET_PROFIT)).isEqualTo(Money.of("4000.00"));
    }

    @Test
    void updatingAndDeletingARuleRecalculateToo() {
        MappingRule created = core.mappingAdministration.create(EVERY, new MappingRule(null, "Tier Two",
                MatchType.PREFIX,
                MetricKey.MRR, null, 50, true, ""));

        core.mappingAdministration.update(EVERY, created.id(), RulePatch.replacingWith(new MappingRule(null, "Tier Two",
                MatchType.PREFIX, MetricKey.ORR, null, 50, true, "")));
        assertThat(stored(MetricKey.ORR)).isEqualTo(Money.of("5000.00"));

        assertThat(core.mappingAdministration.delete(EVERY, created.id())).isTrue();
        assertThat(stored(MetricKey.ORR)).isEqualTo(Money.ZERO);
        assertThat(stored(MetricKey.MISC_REVENUE)).isEqualTo(Money.of("5000.00"));
        assertThat(core.mappingAdministration.update(EVERY, created.id(), RulePatch.replacingWith(created))).isEmpty();
    }

    @Test
    void accountsShowWhatMappedEachAccountOfTheLatestReport() {
        List<MappedAccount> accounts = core.accountsReview.accounts(EVERY, InMemoryCore.COMPANY);

        assertThat(accounts).extracting(review -> review.account().fullName()).containsExactly("Tier Two Plans",
                "Rent");
        assertThat(accounts).allSatisfy(review ->
                assertThat(review.mapping().source()).isEqualTo(MappingSource.CATCH_ALL));
        assertThat(core.accountsReview.accounts(EVERY, CompanyId.of("no-such-company"))).isEmpty();
    }

    @Test
    void aCompanysOwnRuleChangesOnlyItsMetricsAndWinsOverASharedRuleOfEqualPriority() {
        Company other = core.companyAdministration.add(Requester.commandLine(), "Other", "other",
                "other password".toCharArray());
        sync("other", "other password");
        core.mappingAdministration.create(EVERY, new MappingRule(null, "Tier Two", MatchType.PREFIX, MetricKey.NRR,
                null, 50, true, "shared"));

        MappingRule own = core.mappingAdministration.create(EVERY, new MappingRule(null, "Tier Two", MatchType.PREFIX,
                MetricKey.ORR, null, 50, true, "other's own", other.id()));

        assertThat(stored(other.id(), MetricKey.ORR)).isEqualTo(Money.of("5000.00"));
        assertThat(stored(other.id(), MetricKey.NRR)).isEqualTo(Money.ZERO);
        assertThat(stored(MetricKey.NRR)).as("the default company keeps the shared rule")
                .isEqualTo(Money.of("5000.00"));
        assertThat(stored(MetricKey.ORR)).isEqualTo(Money.ZERO);
        assertThat(core.mappingAdministration.rules(EVERY, InMemoryCore.COMPANY)).doesNotContain(own);
        assertThat(core.mappingAdministration.rules(EVERY, other.id())).contains(own);
    }

    @Test
    void aCallerLimitedToACompanyChangesOnlyItsRulesAndNoSharedOne() {
        Company other = core.companyAdministration.add(Requester.commandLine(), "Other", "other",
                "other password".toCharArray());
        CompanyScope onlyOther = CompanyScope.only(java.util.Set.of(other.id()));
        MappingRule shared = core.mappingAdministration.create(EVERY, new MappingRule(null, "Tier Two",
                MatchType.PREFIX, MetricKey.NRR, null, 50, true, ""));

        assertThat(core.mappingAdministration.create(onlyOther, new MappingRule(null, "Rent", MatchType.EXACT,
                MetricKey.OTHER_EXPENSES, null, 50, true, "", other.id())).company()).isEqualTo(other.id());
        assertThatThrownBy(() -> core.mappingAdministration.create(onlyOther, new MappingRule(null, "Rent",
                MatchType.EXACT, MetricKey.OTHER_EXPENSES, null, 50, true, "")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.mappingAdministration.delete(onlyOther, shared.id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.mappingAdministration.rules(onlyOther, InMemoryCore.COMPANY))
                .isInstanceOf(NotPermittedException.class);
        assertThat(core.mappings.findById(shared.id())).contains(shared);
    }

    @Test
    void aRuleForACompanyThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> core.mappingAdministration.create(EVERY, new MappingRule(null, "Rent",
                MatchType.EXACT, MetricKey.OTHER_EXPENSES, null, 50, true, "", CompanyId.of("404"))))
                .isInstanceOf(InvalidRuleException.class).hasMessageStartingWith("company:");
    }

    @Test
    void aSecondRuleSayingWhatAStoredOneSaysIsRefusedAmongTheSharedRulesAndWithinACompany() {
        Company other = core.companyAdministration.add(Requester.commandLine(), "Other", "other",
                "other password".toCharArray());
        MappingRule shared = new MappingRule(null, "Rent", MatchType.EXACT, MetricKey.OTHER_EXPENSES, null, 50, true,
                "");
        core.mappingAdministration.create(EVERY, shared);
        core.mappingAdministration.create(EVERY, shared.forCompany(other.id()));

        assertThatThrownBy(() -> core.mappingAdministration.create(EVERY, shared))
                .isInstanceOf(ConflictException.class).hasMessageContaining("for every company");
        assertThatThrownBy(() -> core.mappingAdministration.create(EVERY, shared.forCompany(other.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("for company " + other.id());
        assertThat(core.mappingAdministration.create(EVERY, shared.forCompany(InMemoryCore.COMPANY)).company())
                .as("another company's rule is no twin").isEqualTo(InMemoryCore.COMPANY);
    }
}
