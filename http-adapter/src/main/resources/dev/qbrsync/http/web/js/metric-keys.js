// The 14 QBR metrics in the order of the table, the KPIs, the report sections and the rules' match types, with the
// names the finance team uses: the server makes the lists from its own (metric-catalog.js), so the page names exactly
// what it stores.
import { KPIS, MATCH_TYPES, METRICS, SECTIONS } from './metric-catalog.js';

export { KPIS, MATCH_TYPES, METRICS, SECTIONS };

/** The revenue categories that add up to total revenue. */
export const REVENUE_CATEGORIES = METRICS.filter((metric) => metric.kind === 'revenue');

export const MAPPABLE = METRICS.filter((metric) => metric.kind !== 'calculated');

export function metricLabel(code) {
  return METRICS.find((metric) => metric.code === code)?.label ?? code;
}

export function sectionLabel(code) {
  return SECTIONS.find((section) => section.code === code)?.label ?? 'Any section';
}
