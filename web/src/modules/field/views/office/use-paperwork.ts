import { computed, ref, shallowRef } from 'vue';
import { useLoadedList } from '@/composables/use-loaded-list';
import {
  listConflicts,
  listOpenIncidents,
  listOutstandingDocuments,
  resolveIncident,
  setDocumentCopy,
  type DocumentCopyState,
  type FieldIncident,
  type MissingDocument,
} from '../../office-api';
import { outstandingCopies, type CopyRow } from './data';

/**
 * The clerk's and head's desk for field work (R-FLD-3, R-FLD-6/7, R-FLD-10): documents missing
 * on finished jobs, paper copies not returned or not filed, incidents to resolve, and records
 * kept as conflicts. Each list loads on its own; a change reloads the list it touched.
 */
export function usePaperwork() {
  const missing = shallowRef<MissingDocument[]>([]);
  const documents = useLoadedList(async () => {
    const outstanding = await listOutstandingDocuments();
    missing.value = outstanding.missing;
    return outstandingCopies(outstanding.copies);
  });
  const incidents = useLoadedList(listOpenIncidents);
  const conflicts = useLoadedList(listConflicts);
  const resolving = shallowRef<FieldIncident | null>(null);
  const saving = ref(false);
  const changingCopy = ref<string | null>(null);

  /** Puts a copy in its next state; the list reloads either way (a 409 means someone else did). */
  async function setCopy(row: CopyRow, state: DocumentCopyState): Promise<void> {
    changingCopy.value = `${row.document.id}-${row.copy.copy}`;
    try {
      await setDocumentCopy(row.document.id, { copy: row.copy.copy, state, version: row.document.version });
    } finally {
      changingCopy.value = null;
      await documents.reload();
    }
  }

  async function resolve(resolution: string): Promise<void> {
    const incident = resolving.value;
    if (!incident) return;
    saving.value = true;
    try {
      await resolveIncident(incident.id, { resolution, version: incident.version });
      resolving.value = null;
      await incidents.reload();
    } finally {
      saving.value = false;
    }
  }

  const counts = computed(() => ({
    documents: missing.value.length + documents.all.value.length,
    incidents: incidents.all.value.length,
    conflicts: conflicts.all.value.length,
  }));

  void documents.reload();
  void incidents.reload();
  void conflicts.reload();
  return { missing, documents, incidents, conflicts, resolving, saving, changingCopy, counts, setCopy, resolve };
}
