package dev.qbrsync.core.review;

import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a QBR derives from a period's metrics; computed, never stored. The first four are the QBR dashboard's
 * SmartNumbers that QuickBooks data can feed, under its names, formulas and rounding (fractions to 4 decimals, money
 * to 2); the last two are ours. Any input missing, or a divisor of 0, gives no value.
 */
public enum Kpi {
    /** net_profit / total_revenue. */
    NET_PROFIT_PCT("net_profit_pct", List.of(MetricKey.NET_PROFIT, MetricKey.TOTAL_REVENUE)),
    /** (nrr + mrr) / total_revenue. */
    REVENUE_FROM_SERVICES_PCT("revenue_from_services_pct",
            List.of(MetricKey.NRR, MetricKey.MRR, MetricKey.TOTAL_REVENUE)),
    /** mrr / (nrr + mrr). */
    SERVICES_FROM_MRR_PCT("services_from_mrr_pct", List.of(MetricKey.NRR, MetricKey.MRR)),
    /** (nrr + mrr) / average employees, annualised: × 4 for a quarter, × 12 for a month, × 1 for a year. */
    ANNUAL_SERVICE_REV_PER_EMPLOYEE("annual_service_rev_per_employee",
            List.of(MetricKey.NRR, MetricKey.MRR, MetricKey.EMPLOYEES)),
    /** (total_revenue − product_cogs) / total_revenue. */
    GROSS_MARGIN_PCT("gross_margin_pct", List.of(MetricKey.TOTAL_REVENUE, MetricKey.PRODUCT_COGS)),
    /** (mrr + orr) / total_revenue. */
    RECURRING_REVENUE_PCT("recurring_revenue_pct", List.of(MetricKey.MRR, MetricKey.ORR, MetricKey.TOTAL_REVENUE));

    static final int FRACTION_SCALE = 4;
    private static final int MONEY_SCALE = 2;
    private static final int MONTHS_PER_YEAR = 12;

    private final String code;
    private final List<MetricKey> inputs;

    Kpi(String code, List<MetricKey> inputs) {
        this.code = code;
        this.inputs = inputs;
    }

    public String code() {
        return code;
    }

    /** The metrics the figure is worked out from. */
    public List<MetricKey> inputs() {
        return inputs;
    }

    /** True for an amount of money (per employee); false for a fraction. */
    public boolean isMoney() {
        return this == ANNUAL_SERVICE_REV_PER_EMPLOYEE;
    }

    /** Decimal places of the figure: 2 for money per employee, 4 for a fraction. */
    public int scale() {
        return isMoney() ? MONEY_SCALE : FRACTION_SCALE;
    }

    /** The figure for a period of this length from its metrics; empty when an input is missing or a divisor is 0. */
    public Optional<BigDecimal> of(Map<MetricKey, BigDecimal> metrics, PeriodLength length) {
        if (!metrics.keySet().containsAll(inputs)) {
            return Optional.empty();
        }
        BigDecimal revenue = metrics.get(MetricKey.TOTAL_REVENUE);
        return switch (this) {
            case NET_PROFIT_PCT -> ratio(metrics.get(MetricKey.NET_PROFIT), revenue);
            case REVENUE_FROM_SERVICES_PCT -> ratio(services(metrics), revenue);
            case SERVICES_FROM_MRR_PCT -> ratio(metrics.get(MetricKey.MRR), services(metrics));
            case ANNUAL_SERVICE_REV_PER_EMPLOYEE -> ratio(services(metrics).multiply(
                    BigDecimal.valueOf(MONTHS_PER_YEAR / length.months())), metrics.get(MetricKey.EMPLOYEES));
            case GROSS_MARGIN_PCT -> ratio(revenue.subtract(metrics.get(MetricKey.PRODUCT_COGS)), revenue);
            case RECURRING_REVENUE_PCT -> ratio(metrics.get(MetricKey.MRR).add(metrics.get(MetricKey.ORR)), revenue);
        };
    }

    /** Service revenue, as the dashboard counts it: non-recurring plus monthly recurring. */
    private static BigDecimal services(Map<MetricKey, BigDecimal> metrics) {
        return metrics.get(MetricKey.NRR).add(metrics.get(MetricKey.MRR));
    }

    private Optional<BigDecimal> ratio(BigDecimal dividend, BigDecimal divisor) {
        return divisor.signum() == 0 ? Optional.empty()
                : Optional.of(dividend.divide(divisor, scale(), RoundingMode.HALF_UP));
    }
}
