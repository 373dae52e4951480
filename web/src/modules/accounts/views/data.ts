import type { FormRules } from 'element-plus';
import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { User } from '@/modules/accounts/api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * Sorts the user list may ask the server for. FOLLOW-UP(sort): empty until `GET /users` declares
 * `sort` in the contract (server order: id).
 */
export const USER_SORTS: readonly SortOf<'listUsers'>[] = [];

/** Fields of the new-account form. */
export const USER_FORM_FIELDS = ['username', 'password', 'displayName', 'roles', 'staffId', 'dealerId'] as const;

/** The roles of an account as text. */
export function rolesText(t: Translate, user: User): string {
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

/** Client-side rules of the new-account form (the server re-checks and may add violations). */
export function userFormRules(t: Translate): FormRules {
  return {
    username: [
      { required: true, message: t('validation.required'), trigger: 'blur' },
      { pattern: /^[a-z0-9_.-]{3,32}$/, message: t('validation.client.usernamePattern'), trigger: 'blur' },
    ],
    password: [
      { required: true, message: t('validation.required'), trigger: 'blur' },
      { min: 8, message: t('validation.client.passwordTooShort'), trigger: 'blur' },
    ],
    displayName: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      { max: 64, message: t('validation.client.maxLength', { n: 64 }), trigger: 'blur' },
    ],
    roles: [
      { type: 'array', required: true, min: 1, message: t('validation.client.rolesRequired'), trigger: 'change' },
    ],
  };
}
