// How numbers, months and times read on the page.

const TWO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
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
