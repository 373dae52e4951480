import { describe, expect, it } from 'vitest';
import type { RuleItem } from 'async-validator';
import { ApiError } from '@/api/api-error';
import { contactErrorsOf, contactRules, contactsInputOf, type ContactRow } from '../index';

const t = (key: string): string => key;

async function run(rules: RuleItem[], value: string): Promise<string> {
  for (const rule of rules) {
    if (rule.required && value.trim() === '') return String(rule.message);
    if (rule.max !== undefined && value.length > rule.max) return String(rule.message);
    if (rule.validator) {
      const message = await new Promise<string>((resolve) => {
        void rule.validator?.(
          rule,
          value,
          (error?: string | Error) => resolve(error instanceof Error ? error.message : (error ?? '')),
          {},
          {},
        );
      });
      if (message) return message;
    }
  }
  return '';
}

describe('contact rules', () => {
  const rows: ContactRow[] = [
    { id: 4, name: '孙晓东', phone: '13805311201', title: '行政经理' },
    { name: '马丽', phone: '13805311201', title: '' },
  ];

  it('a name up to 50 characters and a title up to 30', async () => {
    const rules = contactRules(t, () => rows, 0);
    expect(await run(rules.name as RuleItem[], ' ')).toBe('validation.required');
    expect(await run(rules.name as RuleItem[], 'x'.repeat(50))).toBe('');
    expect(await run(rules.name as RuleItem[], 'x'.repeat(51))).toBe('validation.client.maxLength');
    expect(await run(rules.title as RuleItem[], 'x'.repeat(31))).toBe('validation.client.maxLength');
  });

  it('a valid phone, not the same as an earlier row (the later one is flagged, as on the server)', async () => {
    expect(await run(contactRules(t, () => rows, 0).phone as RuleItem[], '13805311201')).toBe('');
    expect(await run(contactRules(t, () => rows, 1).phone as RuleItem[], '13805311201')).toBe(
      'contacts.duplicatePhone',
    );
    expect(await run(contactRules(t, () => rows, 1).phone as RuleItem[], '123')).toBe('validation.invalid_phone');
  });

  it('sends ids only for stored contacts, trimmed', () => {
    expect(contactsInputOf([{ id: 4, name: ' 孙 ', phone: '13805311201 ', title: '' }, rows[1]!])).toEqual([
      { id: 4, name: '孙', phone: '13805311201', title: '' },
      { name: '马丽', phone: '13805311201', title: '' },
    ]);
  });

  it('maps the server violations of the list by row and field', () => {
    const error = new ApiError(400, 'INVALID_ARGUMENT', 'bad', [
      { field: 'contacts[1].phone', reason: 'duplicate' },
      { field: 'contacts[1].phone', reason: 'invalid_phone' },
      { field: 'name', reason: 'required' },
    ]);
    expect(contactErrorsOf(error, (reason) => reason)).toEqual({ '1.phone': 'duplicate；invalid_phone' });
    expect(contactErrorsOf(new Error('x'), (reason) => reason)).toEqual({});
  });
});
