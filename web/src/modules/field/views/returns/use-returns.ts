import { reactive, shallowRef } from 'vue';
import { isApiError } from '@/api/api-error';
import { useLoadedList } from '@/composables/use-loaded-list';
import { todayInShanghai } from '@/utils/format';
import {
  chargeReturn,
  checkReturn,
  listReturns,
  type Charge,
  type ReturnAwaiting,
  type ReturnCheck,
} from '../../returns-api';
import { chargeInputOf, checkInputOf, defaultPeriod, type ChargeForm, type CheckForm, type Period } from './data';

/**
 * The quality-returns desk (R-FLD-9): goods back at the factory waiting for their repacking check,
 * and the checks made in a period (the last 30 days by default) with, for the head, finance and
 * leadership, the charges decided on them. Both come in one answer; a write reloads it.
 */
export function useReturns(today: string = todayInShanghai()) {
  const period = reactive<Period>(defaultPeriod(today));
  const awaiting = shallowRef<ReturnAwaiting[]>([]);
  const checks = useLoadedList(async () => {
    const list = await listReturns(period.from, period.to);
    awaiting.value = list.awaiting;
    return list.checks;
  });

  /** Shows another period (null: back to the last 30 days) and reloads. */
  function setPeriod(range: readonly [string, string] | null): void {
    Object.assign(period, range ? { from: range[0], to: range[1] } : defaultPeriod(todayInShanghai()));
    void checks.reload();
  }

  /**
   * Records the check of `job` as read. A 409 (checked by someone else, or the job moved on)
   * reloads the lists before the error goes back to the dialog.
   */
  async function check(job: ReturnAwaiting, form: CheckForm): Promise<ReturnCheck> {
    try {
      const saved = await checkReturn(checkInputOf(job, form), { silent: true });
      await checks.reload();
      return saved;
    } catch (error) {
      if (isApiError(error) && error.status === 409) await checks.reload();
      throw error;
    }
  }

  /** Charges the loss on a damaged check to the person chosen; the checks reload with it. */
  async function charge(target: ReturnCheck, form: ChargeForm): Promise<Charge> {
    const input = chargeInputOf(form);
    if (!input) throw new Error('the charge form is not valid');
    try {
      const saved = await chargeReturn(target.id, input, { silent: true });
      await checks.reload();
      return saved;
    } catch (error) {
      if (isApiError(error) && error.status === 409) await checks.reload();
      throw error;
    }
  }

  void checks.reload();
  return { period, awaiting, checks, setPeriod, check, charge };
}
