import type { Role } from '@/api/auth';
import { roleValues } from '@/api/schema';

/** Every role, in the contract's order. */
export const ROLES: readonly Role[] = roleValues;

/** The department's roles: what the head grants (besides dealer accounts). */
export const DEPARTMENT_ROLES: readonly Role[] = ['supervisor', 'technician', 'intern', 'driver', 'warehouse', 'clerk'];

/**
 * The roles a user holding `granterRoles` may grant or remove, as the server's grant table says
 * (issue 7): the administrator every role; the head the department's roles and dealer accounts;
 * nobody else any. For display only: the server decides, and its 403 is shown as it comes.
 */
export function grantableRoles(granterRoles: Iterable<Role>): Role[] {
  const held = new Set(granterRoles);
  if (held.has('admin')) return [...ROLES];
  if (held.has('head')) return ROLES.filter((role) => DEPARTMENT_ROLES.includes(role) || role === 'dealer');
  return [];
}

/** Whether a user holding `granterRoles` may manage an account holding `targetRoles` (all of them grantable). */
export function canManageAccount(granterRoles: Iterable<Role>, targetRoles: readonly Role[]): boolean {
  const grantable = new Set(grantableRoles(granterRoles));
  return targetRoles.every((role) => grantable.has(role));
}

/** The department role matching a staff member's grade (head and none have none the head grants). */
export function roleOfGrade(grade: string): Role | null {
  switch (grade) {
    case 'head':
    case 'supervisor':
    case 'technician':
    case 'intern':
      return grade;
    default:
      return null;
  }
}

/**
 * The roles to propose for a new account of a staff member: the grade's role and the staff
 * member's functions (driver, clerk …), limited to what the user may grant.
 */
export function proposedRoles(grade: string, functions: readonly Role[], grantable: readonly Role[]): Role[] {
  const wanted = new Set<Role>(functions);
  const gradeRole = roleOfGrade(grade);
  if (gradeRole) wanted.add(gradeRole);
  wanted.delete('dealer');
  return ROLES.filter((role) => wanted.has(role) && grantable.includes(role));
}
