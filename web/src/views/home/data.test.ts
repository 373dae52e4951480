import { describe, expect, it } from 'vitest';
import { i18n } from '@/locales';
import { comingRoles, itemLabelKey, orderItems, safePath } from './data';

const te = (key: string): boolean => i18n.global.te(key, 'zh-CN');

describe('home page items', () => {
  it('labels every item the server sends today', () => {
    for (const key of ['eligibleForPromotion', 'trainingGaps', 'policyChangesPending', 'approvalsPending']) {
      expect(itemLabelKey(te, key), key).toBe(`home.items.${key}.label`);
    }
    expect(itemLabelKey(te, 'unassignedJobs')).toBeNull();
  });

  it('puts items with work first, keeping the server order otherwise', () => {
    const item = (key: string, count: number) => ({ module: 'm', key, count, path: '/' });
    expect(orderItems([item('a', 0), item('b', 2), item('c', 0), item('d', 1)]).map((i) => i.key)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  it('routes only to paths of this site', () => {
    expect(safePath('/approvals')).toBe('/approvals');
    expect(safePath('//evil.example')).toBeNull();
    expect(safePath('https://evil.example')).toBeNull();
  });

  it('every role has a "coming" note, in the contract order', () => {
    expect(comingRoles(['finance', 'driver'])).toEqual(['driver', 'finance']);
    for (const role of comingRoles([
      'head',
      'supervisor',
      'technician',
      'intern',
      'driver',
      'warehouse',
      'sales',
      'dealer',
      'clerk',
      'finance',
      'leadership',
      'admin',
    ])) {
      expect(te(`home.coming.${role}`), role).toBe(true);
    }
  });
});
