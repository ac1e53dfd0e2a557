package dev.qbrsync.core.review;

import java.util.List;

/** A period as a QBR presents it: its 14 metrics and its KPIs, each beside the previous and the year-earlier period. */
public record PeriodReview(Period period, boolean complete, List<ReviewLine> metrics, List<ReviewLine> kpis) {
}
