// How numbers, months and times read on the page.

const TWO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const UP_TO_TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 2,
  maximumFractionDigits: 2 });
const SIGNED_POINTS = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', minimumFractionDigits: 2,
  maximumFractionDigits: 2 });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** 1,234.56; a negative amount in parentheses: (1,234.56). Empty for no value. */
export function amount(value) {
  return accounting(value, TWO_DECIMALS);
}

/** An amount to the unit, as a chart's axis shows it: 1,235 or (1,235). */
export function roundAmount(value) {
  return accounting(value, WHOLE);
}

/** A headcount: 4, not 4.00; an average over months keeps its cents: 4.33. */
export function headcount(value) {
  return accounting(value, UP_TO_TWO_DECIMALS);
}

/** A fraction as a percentage: 0.0753 as 7.53%, a negative one in parentheses. Empty for no value. */
export function percent(value) {
  return accounting(value, PERCENT);
}

/** A change of a fraction in percentage points: -0.0067 as -0.67 pts. Empty for no value. */
export function points(value) {
  if (value === null || value === undefined || value === '') return '';
  return `${SIGNED_POINTS.format(Number(value) * 100)} pts`;
}

/** "2025-01" to "2025-03" as "Jan 2025 – Mar 2025". */
export function monthRange(first, last) {
  return first === last ? month(first) : `${month(first)} – ${month(last)}`;
}

function accounting(value, format) {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  const text = format.format(Math.abs(number));
  return number < 0 ? `(${text})` : text;
}

export function isNegative(value) {
  return value !== null && value !== undefined && Number(value) < 0;
}

/** "2026-01" as "Jan 2026". */
export function month(yearMonth) {
  const [year, monthNumber] = yearMonth.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** The first instant of a month, in seconds, as the chart's time axis counts. */
export function monthStartSeconds(yearMonth) {
  const [year, monthNumber] = yearMonth.split('-').map(Number);
  return Date.UTC(year, monthNumber - 1, 1) / 1000;
}

export function dateTime(iso) {
  return iso ? DATE_TIME.format(new Date(iso)) : '';
}

/** "profit_and_loss" as "Profit and loss". */
export function words(code) {
  const text = String(code ?? '').replaceAll('_', ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
