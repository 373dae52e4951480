import { ref, shallowRef, watch, type Ref } from 'vue';
import { getJobFieldWork } from '../api';
import {
  listJobDocuments,
  type FieldIncident,
  type FieldPhoto,
  type FieldRecord,
  type SignedDocument,
} from '../office-api';

/**
 * A job's chain after the feedback form (R-FLD-1..7): the crew's records, the incidents, and the
 * signed documents with every version. Readers without field.read see nothing (no error shown).
 */
export function useJobPaperwork(jobId: Ref<number | null>) {
  const documents = shallowRef<SignedDocument[]>([]);
  const records = shallowRef<FieldRecord[]>([]);
  const incidents = shallowRef<FieldIncident[]>([]);
  const photos = shallowRef<FieldPhoto[]>([]);
  const loading = ref(false);
  const visible = ref(false);

  async function load(id: number | null): Promise<void> {
    if (id === null) return;
    loading.value = true;
    try {
      const [docs, work] = await Promise.all([listJobDocuments(id), getJobFieldWork(id, { silent: true })]);
      documents.value = docs;
      records.value = work.records;
      incidents.value = work.incidents;
      photos.value = work.photos;
      visible.value = true;
    } catch {
      visible.value = false;
    } finally {
      loading.value = false;
    }
  }

  watch(jobId, (id) => void load(id), { immediate: true });
  return { documents, records, incidents, photos, loading, visible, reload: () => load(jobId.value) };
}
