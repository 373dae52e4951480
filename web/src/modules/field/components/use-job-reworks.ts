import { ref, shallowRef, watch, type Ref } from 'vue';
import { getJobReworks, raiseRework, recordReworkApology, type Rework } from '../office-api';
import type { ReworkForm } from '../rework';

/**
 * A job's reworks (R-FLD-8): its own promise when it is a rework, and the reworks raised from it.
 * Readers without field.read see nothing (no error shown).
 */
export function useJobReworks(jobId: Ref<number | null>) {
  const own = shallowRef<Rework | null>(null);
  const raised = shallowRef<Rework[]>([]);
  const visible = ref(false);
  const saving = ref(false);

  async function load(id: number | null): Promise<void> {
    if (id === null) return;
    try {
      const reworks = await getJobReworks(id);
      own.value = reworks.rework ?? null;
      raised.value = reworks.raised;
      visible.value = true;
    } catch {
      visible.value = false;
    }
  }

  /** Raises a rework of this job; answers it (the list reloads). */
  async function raise(form: ReworkForm): Promise<Rework | null> {
    if (jobId.value === null) return null;
    saving.value = true;
    try {
      const rework = await raiseRework({ originalJobId: jobId.value, ...form });
      await load(jobId.value);
      return rework;
    } finally {
      saving.value = false;
    }
  }

  /** Records the apology call of `rework`; a 409 (someone else did) reloads too. */
  async function apologise(rework: Rework, note: string): Promise<void> {
    saving.value = true;
    try {
      await recordReworkApology(rework.jobId, { note, version: rework.version });
    } finally {
      saving.value = false;
      await load(jobId.value);
    }
  }

  watch(jobId, (id) => void load(id), { immediate: true });
  return { own, raised, visible, saving, raise, apologise };
}
