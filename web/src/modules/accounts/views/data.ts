import type { FormRules } from 'element-plus';
import type { Role } from '@/api/auth';
import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { User } from '@/modules/accounts/api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * Sorts the user list may ask the server for. FOLLOW-UP(sort): empty until `GET /users` declares
 * `sort` in the contract (server order: id).
 */
export const USER_SORTS: readonly SortOf<'listUsers'>[] = [];

/** Fields of the new-account form the server may name in a violation. */
export const USER_FORM_FIELDS = ['username', 'password', 'displayName', 'roles', 'staffId', 'dealerId'] as const;

/** What a new account is for: a member of staff (internal roles) or a dealer (the dealer role alone). */
export type AccountKind = 'staff' | 'dealer';

/** The roles of an account as text. */
export function rolesText(t: Translate, user: Pick<User, 'roles'>): string {
  return user.roles.map((role) => t(`enums.role.${role}`)).join('、');
}

/** The user list's columns (table, phone cards and export). */
export function userColumns(t: Translate): ListColumn<User>[] {
  const sortable = (key: string): boolean => (USER_SORTS as readonly string[]).includes(key);
  return [
    { key: 'displayName', label: t('users.displayName'), minWidth: 120, card: 'title', sortable: sortable('name') },
    { key: 'username', label: t('users.username'), minWidth: 120, sortable: sortable('username') },
    { key: 'roles', label: t('users.roles'), minWidth: 200, value: (row) => rolesText(t, row) },
    {
      key: 'active',
      label: t('users.active'),
      minWidth: 80,
      value: (row) => (row.active ? t('users.activeYes') : t('users.activeNo')),
    },
  ];
}

/** The display name a new account gets from its dealer: "孔经理（济南华府办公家具有限公司）". */
export function dealerDisplayName(t: Translate, dealer: { name: string; contact: string }): string {
  const contact = dealer.contact.trim();
  return contact ? t('users.form.dealerDisplayName', { contact, dealer: dealer.name }) : dealer.name;
}

/** A readable random password (no look-alike characters), for the administrator to hand over. */
export function randomPassword(length = 12, random: (n: number) => Uint32Array = cryptoRandom): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(random(length), (n) => alphabet[n % alphabet.length]).join('');
}

function cryptoRandom(n: number): Uint32Array {
  return globalThis.crypto.getRandomValues(new Uint32Array(n));
}

/**
 * Client-side rules of the new-account form, as the server checks them (so all errors show in one
 * pass); the server re-checks and may add violations. `kind` reads the form's account kind.
 */
export function userFormRules(t: Translate, kind: () => AccountKind): FormRules {
  return {
    username: [
      { required: true, message: t('validation.required'), trigger: 'blur' },
      { pattern: /^[a-z0-9_.-]{3,32}$/, message: t('validation.client.usernamePattern'), trigger: 'blur' },
    ],
    password: [
      { required: true, message: t('validation.required'), trigger: 'blur' },
      { min: 8, message: t('validation.client.passwordTooShort'), trigger: 'blur' },
      { max: 256, message: t('validation.client.maxLength', { n: 256 }), trigger: 'blur' },
    ],
    displayName: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      { max: 64, message: t('validation.client.maxLength', { n: 64 }), trigger: 'blur' },
    ],
    roles: [
      { type: 'array', required: true, min: 1, message: t('validation.client.rolesRequired'), trigger: 'change' },
    ],
    dealerId: [
      {
        validator: (_rule: unknown, value: number | undefined, callback: (error?: Error) => void) => {
          if (kind() === 'dealer' && value === undefined) callback(new Error(t('users.form.dealerRequired')));
          else callback();
        },
        trigger: 'change',
      },
    ],
  };
}

/** The roles the roles dialog offers for an account: dealer accounts keep the dealer role alone. */
export function editableRoles(user: Pick<User, 'dealerId'>, grantable: readonly Role[]): Role[] {
  if (user.dealerId) return [];
  return grantable.filter((role) => role !== 'dealer');
}
