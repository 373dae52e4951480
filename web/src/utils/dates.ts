/** Calendar dates as the API sends them (YYYY-MM-DD), checked strictly: 2026-02-30 is not a date. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a YYYY-MM-DD date that exists in the calendar (leap days included). */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A JS Date (local midnight, as date pickers hand them over) as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Whether a day lies outside [min, max] (bounds are YYYY-MM-DD, inclusive, either optional):
 * the date pickers grey these out, and typed ones are refused with a message.
 */
export function isOutside(day: string, min?: string | null, max?: string | null): boolean {
  return (!!min && day < min) || (!!max && day > max);
}

/** The YYYY-MM-DD day `days` after `day` (negative: before), counted in calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week `day` falls in (weeks run Monday to Sunday, as in China). */
export function mondayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
