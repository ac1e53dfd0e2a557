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
    private static final String FROM_SYNC = "manually_entered_by is null and data_source in ('quickbooks', 'calculated')";

    private StoredMetrics() {
    }

    /** The QuickBooks values of one company's month, by metric key. */
    static Map<String, BigDecimal> of(CompositionRoot root, String company, YearMonth month) throws SQLException {
        Map<String, BigDecimal> metrics = new HashMap<>();
        try (Connection connection = root.database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select metric_name, metric_value from "
                     + "qbr_metrics_monthly where organization_id = ? and period = ? and " + FROM_SYNC)) {
            statement.setInt(1, Integer.parseInt(company));
            statement.setString(2, month.toString());
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
             PreparedStatement statement = connection.prepareStatement("select period, metric_name, metric_value "
                     + "from qbr_metrics_monthly where organization_id = ? and " + FROM_SYNC)) {
            statement.setInt(1, Integer.parseInt(company));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    metrics.put(rows.getString(1) + " " + rows.getString(2), rows.getBigDecimal(3));
                }
            }
        }
        return metrics;
    }
}
