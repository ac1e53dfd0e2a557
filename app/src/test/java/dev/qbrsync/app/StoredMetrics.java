package dev.qbrsync.app;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads what a sync left in qbr_metrics_monthly, straight from PostgreSQL. */
final class StoredMetrics {

    private StoredMetrics() {
    }

    /** The QuickBooks values of one company's month, by metric key. */
    static Map<String, BigDecimal> of(CompositionRoot root, String company, YearMonth month) throws SQLException {
        Map<String, BigDecimal> metrics = new HashMap<>();
        try (Connection connection = root.database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select metric_key, value from "
                     + "qbr_metrics_monthly where company_id = ? and source = 'quickbooks' and year = ? and month = ?")) {
            statement.setString(1, company);
            statement.setInt(2, month.getYear());
            statement.setInt(3, month.getMonthValue());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    metrics.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
        }
        return metrics;
    }

    /** Every QuickBooks value of a company, by month and metric key. */
    static Map<String, BigDecimal> all(CompositionRoot root, String company) throws SQLException {
        Map<String, BigDecimal> metrics = new TreeMap<>();
        try (Connection connection = root.database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select year, month, metric_key, value from "
                     + "qbr_metrics_monthly where company_id = ? and source = 'quickbooks'")) {
            statement.setString(1, company);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    metrics.put(YearMonth.of(rows.getInt(1), rows.getInt(2)) + " " + rows.getString(3),
                            rows.getBigDecimal(4));
                }
            }
        }
        return metrics;
    }
}
