// The 14 QBR metrics in the order of the table, with the names the finance team uses.

export const METRICS = [
  { code: 'nrr', label: 'NRR', kind: 'revenue' },
  { code: 'mrr', label: 'MRR', kind: 'revenue' },
  { code: 'orr', label: 'ORR', kind: 'revenue' },
  { code: 'product_sales', label: 'Product sales', kind: 'revenue' },
  { code: 'misc_revenue', label: 'Misc. revenue', kind: 'revenue' },
  { code: 'employee_expense', label: 'Employee expense', kind: 'expense' },
  { code: 'owner_comp', label: 'Owner comp.', kind: 'expense' },
  { code: 'owner_comp_taxes', label: 'Owner comp. taxes', kind: 'expense' },
  { code: 'product_cogs', label: 'Product COGS', kind: 'expense' },
  { code: 'other_expenses', label: 'Other expenses', kind: 'expense' },
  { code: 'total_revenue', label: 'Total revenue', kind: 'calculated' },
  { code: 'total_expenses', label: 'Total expenses', kind: 'calculated' },
  { code: 'net_profit', label: 'Net profit', kind: 'calculated' },
  { code: 'employees', label: 'Employees', kind: 'calculated' },
];

/** The revenue categories that add up to total revenue. */
export const REVENUE_CATEGORIES = METRICS.filter((metric) => metric.kind === 'revenue');

/** The figures a QBR derives from the metrics: the dashboard's SmartNumbers first, then ours. */
export const KPIS = [
  { code: 'net_profit_pct', label: 'Net profit %', unit: 'fraction' },
  { code: 'revenue_from_services_pct', label: 'Revenue from services %', unit: 'fraction' },
  { code: 'services_from_mrr_pct', label: 'Services from MRR %', unit: 'fraction' },
  { code: 'annual_service_rev_per_employee', label: 'Annual service revenue per employee', unit: 'money' },
  { code: 'gross_margin_pct', label: 'Gross margin %', unit: 'fraction' },
  { code: 'recurring_revenue_pct', label: 'Recurring share of revenue %', unit: 'fraction' },
];

export const MAPPABLE = METRICS.filter((metric) => metric.kind !== 'calculated');

export function metricLabel(code) {
  return METRICS.find((metric) => metric.code === code)?.label ?? code;
}

export const SECTIONS = [
  { code: 'income', label: 'Income' },
  { code: 'cost_of_goods_sold', label: 'Cost of Goods Sold' },
  { code: 'expense', label: 'Expense' },
  { code: 'other_income', label: 'Other Income' },
  { code: 'other_expense', label: 'Other Expense' },
];

export function sectionLabel(code) {
  return SECTIONS.find((section) => section.code === code)?.label ?? 'Any section';
}
