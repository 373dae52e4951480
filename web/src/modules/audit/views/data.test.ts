import { describe, expect, it } from 'vitest';
import { changedKeys, prettyJson } from './data';

describe('audit before/after helpers', () => {
  it('pretty-prints objects and keeps null', () => {
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(prettyJson(null)).toBeNull();
  });

  it('lists changed keys', () => {
    expect(changedKeys({ name: 'A', grade: 'intern' }, { name: 'A', grade: 'technician', version: 2 })).toEqual([
      'grade',
      'version',
    ]);
    expect(changedKeys(null, { id: 1 })).toEqual(['id']);
  });
});
