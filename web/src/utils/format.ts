/**
 * Display formatting for integer units from the API: money in fen, times of day in minutes
 * after midnight, dates and timestamps. No floating point touches stored money: yuan strings
 * are parsed digit by digit.
 */

export const SHANGHAI_TZ = 'Asia/Shanghai';

/** Formats integer fen as yuan with two decimals, e.g. 1050 → "10.50", -5 → "-0.05". */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan}.${cents.toString().padStart(2, '0')}`;
}

/** Parses a yuan amount ("10", "10.5", "10.50") into integer fen; null when malformed or > 2 decimals. */
export function parseYuanToFen(text: string): number | null {
  const match = /^\s*(-?)(\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '0', frac = ''] = match;
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return sign === '-' ? -fen : fen;
}

/** Formats minutes after midnight as HH:MM, e.g. 660 → "11:00". */
export function formatMinuteOfDay(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) return '';
  const h = Math.trunc(minutes / 60);
  const m = minutes % 60;
  return `${h.toString().padStart(2, '0')}:${m.toString().padStart(2, '0')}`;
}

/** Parses HH:MM (or H:MM) into minutes after midnight; null when malformed or out of range. */
export function parseMinuteOfDay(text: string): number | null {
  const match = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

/** Parses a whole non-negative integer such as months or persons; null otherwise. */
export function parseWholeNumber(text: string): number | null {
  const match = /^\s*(\d+)\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : null;
}

/** Shows an API date (YYYY-MM-DD) as is; empty for null. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  return date.slice(0, 10);
}

function shanghaiParts(date: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: SHANGHAI_TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const out: Record<string, string> = {};
  for (const part of parts) out[part.type] = part.value;
  return out;
}

/** Formats a UTC timestamp in Asia/Shanghai as YYYY-MM-DD HH:MM:SS; the input when unparsable. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = shanghaiParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  const p = shanghaiParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}
