import { computed, shallowRef, type ComputedRef, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { ElMessage, ElMessageBox } from 'element-plus';
import { isApiError } from '@/api/api-error';
import { errorMessage } from '@/bootstrap';
import { resetUserPassword, setUserActive, type IssuedPassword, type User } from '@/modules/accounts/api';
import { canManageAccount } from '@/modules/accounts/grants';
import { useReasonText } from '@/composables/use-form-errors';
import { useAuthStore } from '@/stores/auth';

export interface AccountActions {
  /** The user may create accounts and change roles (`user.write`). */
  canWrite: ComputedRef<boolean>;
  /** The user may disable, enable (and, with `user.reset_password`, reset) this account. */
  canManage: (user: User) => boolean;
  canResetPassword: (user: User) => boolean;
  /** The account is the logged-in user's own (it cannot be disabled). */
  isSelf: (user: User) => boolean;
  /** Disables (after a confirmation) or enables; resolves to the saved account, or null. */
  toggleActive: (user: User) => Promise<User | null>;
  /** Resets the password (after a confirmation); the new one is in `issued` until the dialog closes. */
  resetPassword: (user: User) => Promise<User | null>;
  /** The password just issued, shown once. */
  issued: ShallowRef<IssuedPassword | null>;
}

/** Disable, enable and reset-password of an account, with their confirmations and refusals. */
export function useAccountActions(): AccountActions {
  const { t } = useI18n();
  const auth = useAuthStore();
  const reasonText = useReasonText();
  const issued = shallowRef<IssuedPassword | null>(null);

  const canWrite = computed(() => auth.can('user.write'));
  const canManage = (user: User): boolean => canWrite.value && canManageAccount(auth.me?.roles ?? [], user.roles);
  const canResetPassword = (user: User): boolean =>
    auth.can('user.reset_password') && canManageAccount(auth.me?.roles ?? [], user.roles);
  const isSelf = (user: User): boolean => auth.me?.id === user.id;

  /** A refusal said in words: the violation's reason when there is one, else the code's message. */
  function refuse(error: unknown): void {
    if (!isApiError(error)) return;
    const violation = error.violations[0];
    if (error.code === 'ABORTED') ElMessage.error(t('users.stale'));
    else if (violation) ElMessage.error(reasonText(violation.reason, violation.detail));
    else ElMessage.error(errorMessage(error));
  }

  async function confirmed(message: string, title: string, confirmText: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, title, {
        type: 'warning',
        confirmButtonText: confirmText,
        cancelButtonText: t('common.actions.cancel'),
      });
      return true;
    } catch {
      return false;
    }
  }

  async function toggleActive(user: User): Promise<User | null> {
    const active = !user.active;
    if (!active) {
      const ok = await confirmed(
        t('users.disable.confirm', { name: user.displayName, username: user.username }),
        t('users.disable.title'),
        t('users.disable.action'),
      );
      if (!ok) return null;
    }
    try {
      const saved = await setUserActive(user.id, { active, version: user.version }, { silent: true });
      ElMessage.success(t(active ? 'users.enable.done' : 'users.disable.done', { name: saved.displayName }));
      return saved;
    } catch (error) {
      refuse(error);
      return null;
    }
  }

  async function resetPassword(user: User): Promise<User | null> {
    const ok = await confirmed(
      t('users.reset.confirm', { name: user.displayName }),
      t('users.reset.title'),
      t('users.reset.action'),
    );
    if (!ok) return null;
    try {
      const result = await resetUserPassword(user.id, user.version, { silent: true });
      issued.value = result;
      return result.user;
    } catch (error) {
      refuse(error);
      return null;
    }
  }

  return { canWrite, canManage, canResetPassword, isSelf, toggleActive, resetPassword, issued };
}
