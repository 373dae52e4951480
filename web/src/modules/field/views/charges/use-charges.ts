import { reactive, shallowRef } from 'vue';
import { useLoadedList } from '@/composables/use-loaded-list';
import { todayInShanghai } from '@/utils/format';
import { listCharges, withdrawCharge, type Charge, type ChargeTotal } from '../../returns-api';
import { defaultPeriod, type Period } from '../returns/data';

/**
 * The repacking charges decided in a period (R-FLD-9), newest first, with each person's total
 * (largest first) as the server adds them up: for the head, finance and leadership.
 */
export function useCharges(today: string = todayInShanghai()) {
  const period = reactive<Period>(defaultPeriod(today));
  const totals = shallowRef<ChargeTotal[]>([]);
  const charges = useLoadedList(async () => {
    const list = await listCharges(period.from, period.to);
    totals.value = list.totals;
    return list.items;
  });

  /** Shows another period (null: back to the last 30 days) and reloads. */
  function setPeriod(range: readonly [string, string] | null): void {
    Object.assign(period, range ? { from: range[0], to: range[1] } : defaultPeriod(todayInShanghai()));
    void charges.reload();
  }

  /** Withdraws a charge decided in error (the head), then shows the list and totals again. */
  async function withdraw(charge: Charge, reason: string): Promise<void> {
    await withdrawCharge(charge.id, reason.trim());
    await charges.reload();
  }

  void charges.reload();
  return { period, totals, charges, setPeriod, withdraw };
}
