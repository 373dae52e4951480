import { describe, expect, it } from 'vitest';
import { gradeAction, promoteMode } from './data';

const notYet = { nextGrade: 'technician' as const, eligible: false };
const ready = { nextGrade: 'technician' as const, eligible: true };
const head = { promote: true, endInternship: true };
const leadership = { promote: true, endInternship: false };

describe('the one grade action of a staff record', () => {
  it('an intern not yet eligible: the head ends the internship early, not 晋级 as well', () => {
    expect(gradeAction({ grade: 'intern', status: 'active' }, notYet, head)).toBe('endInternship');
  });

  it('an eligible intern is promoted', () => {
    expect(gradeAction({ grade: 'intern', status: 'active' }, ready, head)).toBe('promote');
  });

  it('leadership (no early end) promotes an intern, with an override when the rule is not met', () => {
    expect(gradeAction({ grade: 'intern', status: 'active' }, notYet, leadership)).toBe('promote');
  });

  it('a technician not yet eligible still opens 晋级 (which explains and offers the request)', () => {
    const next = { nextGrade: 'supervisor' as const, eligible: false };
    expect(gradeAction({ grade: 'technician', status: 'active' }, next, head)).toBe('promote');
  });

  it('nothing for a leaver, the top grade, or without the permissions', () => {
    expect(gradeAction({ grade: 'intern', status: 'left' }, notYet, head)).toBeNull();
    expect(gradeAction({ grade: 'head', status: 'active' }, { nextGrade: null, eligible: false }, head)).toBeNull();
    const none = { promote: false, endInternship: false };
    expect(gradeAction({ grade: 'technician', status: 'active' }, ready, none)).toBeNull();
  });
});

describe('what the promotion dialog offers', () => {
  it('promote when met; override for leadership, request for others when not', () => {
    expect(promoteMode(ready, false)).toBe('promote');
    expect(promoteMode(notYet, true)).toBe('override');
    expect(promoteMode(notYet, false)).toBe('request');
    expect(promoteMode({ nextGrade: null, eligible: false }, true)).toBe('none');
    expect(promoteMode(null, true)).toBe('none');
  });
});
