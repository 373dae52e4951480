import { describe, expect, it } from 'vitest';
import type { Role } from '@/api/auth';
import { ROLES, canManageAccount, grantableRoles, proposedRoles } from './grants';

/** The grant table of issue 7, cell by cell: granter role → the roles it grants. */
const TABLE: Record<Role, readonly Role[]> = {
  admin: ROLES,
  head: ['supervisor', 'technician', 'intern', 'driver', 'warehouse', 'dealer', 'clerk'],
  supervisor: [],
  technician: [],
  intern: [],
  driver: [],
  warehouse: [],
  sales: [],
  dealer: [],
  clerk: [],
  finance: [],
  leadership: [],
};

describe('grant table', () => {
  for (const granter of ROLES) {
    for (const role of ROLES) {
      const expected = TABLE[granter].includes(role);
      it(`${granter} ${expected ? 'grants' : 'does not grant'} ${role}`, () => {
        expect(grantableRoles([granter]).includes(role)).toBe(expected);
      });
    }
  }

  it('only admin grants head, leadership, finance, sales and admin', () => {
    for (const role of ['head', 'leadership', 'finance', 'sales', 'admin'] as const) {
      const granters = ROLES.filter((granter) => grantableRoles([granter]).includes(role));
      expect(granters, role).toEqual(['admin']);
    }
  });

  it('several roles grant the union, in the contract order', () => {
    expect(grantableRoles(['finance', 'head'])).toEqual(TABLE.head);
    expect(grantableRoles(['head', 'admin'])).toEqual([...ROLES]);
  });

  it('an account can be managed only when all its roles are grantable', () => {
    expect(canManageAccount(['head'], ['technician', 'driver'])).toBe(true);
    expect(canManageAccount(['head'], ['head'])).toBe(false);
    expect(canManageAccount(['head'], ['technician', 'finance'])).toBe(false);
    expect(canManageAccount(['admin'], ['head', 'admin'])).toBe(true);
    expect(canManageAccount(['leadership'], ['intern'])).toBe(false);
  });

  it('proposes the grade role and the functions the user may grant', () => {
    const head = grantableRoles(['head']);
    expect(proposedRoles('technician', ['driver'], head)).toEqual(['technician', 'driver']);
    expect(proposedRoles('none', ['warehouse', 'finance'], head)).toEqual(['warehouse']);
    expect(proposedRoles('head', [], head)).toEqual([]);
    expect(proposedRoles('head', [], grantableRoles(['admin']))).toEqual(['head']);
  });
});
