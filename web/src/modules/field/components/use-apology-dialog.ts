import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ElMessage } from 'element-plus';
import type { Rework } from '../office-api';

/**
 * The apology dialog of a rework (R-FLD-8), shared by a job's page and the office's week list:
 * which rework it is open for, and recording the call through `apologise`.
 */
export function useApologyDialog(apologise: (rework: Rework, note: string) => Promise<void>) {
  const { t } = useI18n();
  const apologyFor = ref<Rework | null>(null);
  const apologyOpen = ref(false);

  function openApology(rework: Rework): void {
    apologyFor.value = rework;
    apologyOpen.value = true;
  }

  async function onApology(note: string): Promise<void> {
    if (!apologyFor.value) return;
    await apologise(apologyFor.value, note);
    apologyOpen.value = false;
    ElMessage.success(t('field.rework.apologyRecorded'));
  }

  return { apologyFor, apologyOpen, openApology, onApology };
}
