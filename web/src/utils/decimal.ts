/**
 * Decimal text ↔ integers of a smaller unit, digit by digit (no floating point), for the API's
 * integer units: m³ ↔ litres and kg ↔ grams (3 places), degrees ↔ millionths of a degree (6).
 */

/**
 * Parses a decimal such as "0.23", "-36.5", "12" into an integer of 10^-`places` units
 * ("0.23" with 3 places → 230). Null when malformed, with more places than allowed, or unsafe.
 */
export function parseScaled(text: string, places: number): number | null {
  const match = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', frac = ''] = match;
  if (whole === '' && frac === '') return null;
  // Trailing zeros beyond the allowed places change nothing ("1.2300" is 1.23).
  const significant = frac.replace(/0+$/, '');
  if (significant.length > places) return null;
  const value = Number(whole || '0') * 10 ** places + Number(significant.padEnd(places, '0') || '0');
  if (!Number.isSafeInteger(value)) return null;
  return sign === '-' && value !== 0 ? -value : value;
}

/** Formats an integer of 10^-`places` units as a decimal without trailing zeros (230, 3 → "0.23"). */
export function formatScaled(value: number | null | undefined, places: number): string {
  if (value === null || value === undefined || !Number.isSafeInteger(value)) return '';
  const sign = value < 0 ? '-' : '';
  const digits = Math.abs(value)
    .toString()
    .padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places).replace(/0+$/, '');
  return frac ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
}
