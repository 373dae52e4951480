/** Entity types the audit filter suggests; others can still be typed. */
export const AUDIT_ENTITIES = ['staff', 'user', 'policy', 'training', 'training_topic', 'session', 'dealer'] as const;

/** The audit trail is long: it offers larger pages than the other lists. */
export const AUDIT_PAGE_SIZES: readonly number[] = [20, 50, 100, 200];

/** Pretty-prints an audit before/after object for reading; null stays null. */
export function prettyJson(value: Record<string, unknown> | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

/** Keys whose value differs between before and after (shown highlighted). */
export function changedKeys(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}
