import { describe, expect, it } from 'vitest';
import type { SignedDocument } from '../../office-api';
import { nextCopyStates } from '../../office-api';
import { outstandingCopies, resolutionRules } from './data';

function doc(id: number, jobNumber: string, copies: SignedDocument['copies']): SignedDocument {
  return {
    id,
    jobId: id,
    jobNumber,
    kind: copies.length === 1 ? 'delivery_note' : 'acceptance',
    currentVersion: 1,
    version: 1,
    versions: [],
    copies,
  };
}

const copy = (c: SignedDocument['copies'][number]['copy'], state: SignedDocument['copies'][number]['state']) => ({
  copy: c,
  state,
  changedAt: null,
  changedByName: '',
});

describe('the clerk list of paper copies (R-FLD-6/7)', () => {
  it('lists copies still to chase, missing ones first, and leaves returned and filed ones out', () => {
    const rows = outstandingCopies([
      doc(1, 'KF-2', [copy('clerk', 'filed'), copy('supervisor', 'handed_over')]),
      doc(2, 'KF-1', [copy('returned_to_supervisor', 'returned')]),
      doc(3, 'KF-3', [copy('returned_to_supervisor', 'missing')]),
      doc(4, 'KF-0', [copy('clerk', 'pending'), copy('supervisor', 'filed')]),
    ]);
    expect(rows.map((r) => `${r.document.jobNumber}:${r.copy.copy}:${r.copy.state}`)).toEqual([
      'KF-3:returned_to_supervisor:missing',
      'KF-0:clerk:pending',
      'KF-2:supervisor:handed_over',
    ]);
  });

  it('offers returned or missing for the delivery note, handed over or filed for acceptance copies', () => {
    expect(nextCopyStates('returned_to_supervisor')).toEqual(['returned', 'missing']);
    expect(nextCopyStates('clerk')).toEqual(['handed_over', 'filed']);
  });

  it('requires a resolution that is not blank', async () => {
    const rule = resolutionRules((key) => key).resolution![0]!;
    const check = (value: string) =>
      new Promise<string | undefined>((resolve) =>
        (rule.validator as (r: unknown, v: string, cb: (e?: Error) => void) => void)(rule, value, (e) =>
          resolve(e?.message),
        ),
      );
    expect(await check('   ')).toBe('field.office.resolutionRequired');
    expect(await check('补送一块桌板')).toBeUndefined();
  });
});
