package dev.qbrsync.persistence.json;

import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;

/**
 * One sync's parsed data ({@code qbwc_sync_history.parsed_data}): its report, its roster, or both. Each is null when
 * the row has none, or when another program wrote the row in a shape of its own.
 */
public record ParsedData(ProfitAndLossReport report, EmployeeRoster roster) {
}
