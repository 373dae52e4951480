import { computed, reactive, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { FieldStep, PieceCount } from '../../api';
import type { JobRow } from '../../offline/db';
import { countDifferences, loadingPrefill, productLines, stepProblems, type StepForm } from '../../steps';
import { stepMessages } from '../data';

/**
 * The form of one step: loading starts with the job's pieces per product (the crew corrects
 * them), arrival with nothing (the crew counts) and shows where its count differs from the
 * loading's as it is typed. Problems show after the first try to save, all at once.
 */
export function useStepForm(row: Ref<JobRow>, step: FieldStep, loadingCounts: Ref<PieceCount[] | null>) {
  const { t } = useI18n();
  const lines = computed(() => productLines(row.value.job));
  const initial: Record<number, number | null> =
    step === 'loading'
      ? loadingPrefill(row.value.job)
      : Object.fromEntries(lines.value.map((line) => [line.productId, null]));
  const form = reactive<StepForm>({ checks: [], counts: initial, note: '' });
  const tried = ref(false);
  const problems = computed(() => stepProblems(row.value.job, step, form));
  const messages = computed(() => stepMessages(tried.value ? problems.value : [], t));
  /** The loading count of each product, for the arrival's reference. */
  const loaded = computed(() => new Map((loadingCounts.value ?? []).map((c) => [c.productId, c.pieces])));
  /** Products counted on arrival that differ from the loading (only those counted so far). */
  const differences = computed(() => {
    if (step !== 'arrival' || !loadingCounts.value) return [];
    const counted: PieceCount[] = [];
    for (const line of lines.value) {
      const value = form.counts[line.productId];
      if (typeof value === 'number') counted.push({ productId: line.productId, pieces: value });
    }
    const compared = loadingCounts.value.filter((c) => counted.some((x) => x.productId === c.productId));
    return countDifferences(compared, counted);
  });

  /** True when the form may be saved; otherwise its problems show. */
  function validate(): boolean {
    tried.value = true;
    return problems.value.length === 0;
  }

  return { form, lines, problems, messages, loaded, differences, tried, validate };
}
