import type { PolicyUnit, PolicyValue } from '@/modules/policies/api';
import { formatFen, formatMinuteOfDay, parseMinuteOfDay, parseWholeNumber, parseYuanToFen } from '@/utils/format';

/** A policy key with its history, newest valid-from first, and the value in force today. */
export interface PolicyGroup {
  key: string;
  unit: PolicyUnit;
  history: PolicyValue[];
  current: PolicyValue | null;
}

/** Shows an integer policy value in its display unit: fen as yuan, minutes as HH:MM. */
export function formatPolicyValue(value: number, unit: PolicyUnit): string {
  switch (unit) {
    case 'fen':
      return formatFen(value);
    case 'minute_of_day':
      return formatMinuteOfDay(value);
    default:
      return String(value);
  }
}

/** Parses user input in the display unit back into the stored integer; null when invalid. */
export function parsePolicyInput(text: string, unit: PolicyUnit): number | null {
  switch (unit) {
    case 'fen': {
      const fen = parseYuanToFen(text);
      return fen !== null && fen >= 0 ? fen : null;
    }
    case 'minute_of_day':
      return parseMinuteOfDay(text);
    default:
      return parseWholeNumber(text);
  }
}

/** The locale key of the validation message for a unit's input format. */
export function inputErrorKey(unit: PolicyUnit): string {
  switch (unit) {
    case 'fen':
      return 'validation.client.invalidAmount';
    case 'minute_of_day':
      return 'validation.client.invalidTime';
    default:
      return 'validation.client.invalidInteger';
  }
}

/** Groups the flat list by key (sorted by key) and finds the value in force on `today`. */
export function groupPolicies(values: readonly PolicyValue[], today: string): PolicyGroup[] {
  const byKey = new Map<string, PolicyValue[]>();
  for (const value of values) {
    const list = byKey.get(value.key) ?? [];
    list.push(value);
    byKey.set(value.key, list);
  }
  const groups: PolicyGroup[] = [];
  for (const [key, list] of byKey) {
    const history = [...list].sort((a, b) =>
      a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : b.id - a.id,
    );
    const current = history.find((v) => v.validFrom <= today) ?? null;
    const unit = history[0]?.unit ?? 'months';
    groups.push({ key, unit, history, current });
  }
  return groups.sort((a, b) => a.key.localeCompare(b.key));
}
