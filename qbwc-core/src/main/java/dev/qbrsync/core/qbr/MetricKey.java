package dev.qbrsync.core.qbr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The QBR metrics, each stored under its snake_case {@link #code()} in {@code qbr_metrics_monthly}. */
public enum MetricKey {
    NRR("nrr", MetricKind.REVENUE),
    MRR("mrr", MetricKind.REVENUE),
    ORR("orr", MetricKind.REVENUE),
    PRODUCT_SALES("product_sales", MetricKind.REVENUE),
    MISC_REVENUE("misc_revenue", MetricKind.REVENUE),
    EMPLOYEE_EXPENSE("employee_expense", MetricKind.EXPENSE),
    OWNER_COMP("owner_comp", MetricKind.EXPENSE),
    OWNER_COMP_TAXES("owner_comp_taxes", MetricKind.EXPENSE),
    PRODUCT_COGS("product_cogs", MetricKind.EXPENSE),
    OTHER_EXPENSES("other_expenses", MetricKind.EXPENSE),
    TOTAL_REVENUE("total_revenue", MetricKind.CALCULATED),
    TOTAL_EXPENSES("total_expenses", MetricKind.CALCULATED),
    NET_PROFIT("net_profit", MetricKind.CALCULATED),
    EMPLOYEES("employees", MetricKind.CALCULATED);

    private final String code;
    private final MetricKind kind;

    MetricKey(String code, MetricKind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public MetricKind kind() {
        return kind;
    }

    /** True for keys an account can be mapped to (revenue and expense keys, not calculated ones). */
    public boolean isMappable() {
        return kind != MetricKind.CALCULATED;
    }

    public static Optional<MetricKey> fromCode(String code) {
        return Arrays.stream(values()).filter(key -> key.code.equalsIgnoreCase(code)).findFirst();
    }

    public static List<MetricKey> ofKind(MetricKind kind) {
        return Arrays.stream(values()).filter(key -> key.kind == kind).toList();
    }

    @Override
    public String toString() {
        return code;
    }
}
