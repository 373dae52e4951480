/**
 * The server's phone rule (platform/phone.hpp), so the form says "invalid phone" before it is sent:
 * a mainland mobile is 11 digits starting with 1; a landline is 7–20 digits and dashes, with no
 * dash at either end.
 */
export function isValidPhone(phone: string): boolean {
  if (phone === '' || !/^[0-9-]+$/.test(phone)) return false;
  if (phone.startsWith('1') && !phone.includes('-')) return phone.length === 11;
  return phone.length >= 7 && phone.length <= 20 && !phone.startsWith('-') && !phone.endsWith('-');
}
