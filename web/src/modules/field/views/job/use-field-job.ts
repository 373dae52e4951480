import { computed, type Ref } from 'vue';
import { stepViews } from '../../offline/progress';
import { isFinished } from '../../steps';
import type { SignedDocumentKind } from '../../api';
import { loadingCountsOf, phoneDocumentsOf, type PhoneDocument } from '../data';
import { useFieldPhone } from '../use-field-phone';

/**
 * One job on the phone: the job as last downloaded, its steps as this phone and the server know
 * them, its photos and signature, the loading counts an arrival is compared with — all from the
 * phone's database, so the checklist works offline.
 */
export function useFieldJob(id: Ref<number>) {
  const phone = useFieldPhone();
  const { store } = phone;
  const row = computed(() => store.jobs.find((j) => j.id === id.value) ?? null);
  const steps = computed(() => store.steps.filter((s) => s.jobId === id.value));
  const views = computed(() => (row.value ? stepViews(row.value, steps.value) : []));
  const media = computed(() => store.media.filter((m) => m.jobId === id.value));
  const photos = computed(() => media.value.filter((m) => m.kind === 'photo'));
  /** The signature of `document` taken on this phone, if any. */
  const signatureOf = (document: SignedDocumentKind) =>
    media.value.find((m) => m.kind === 'signature' && (m.document ?? 'installation_receipt') === document) ?? null;
  const loadingCounts = computed(() => (row.value ? loadingCountsOf(row.value, steps.value) : null));
  const finished = computed(() => (row.value ? isFinished(row.value.job.status) : false));
  /** May `doc` be signed yet: its step recorded, or the receipt signed (here or on the server). */
  function openFor(doc: PhoneDocument): boolean {
    if (doc.after === 'installation_receipt') {
      return !!signatureOf('installation_receipt') || ['installed', 'accepted'].includes(row.value?.job.status ?? '');
    }
    const step = views.value.find((v) => v.step === doc.after);
    return !!step && ['pending', 'done', 'conflict'].includes(step.status);
  }
  /** The documents the crew has signed on the phone for this job, each with its state. */
  const documents = computed(() =>
    row.value
      ? phoneDocumentsOf(row.value.job.kind).map((doc) => ({
          ...doc,
          signed: signatureOf(doc.document),
          enabled: openFor(doc),
        }))
      : [],
  );
  /** Open incidents the server has for the job, and those this phone's arrival raised. */
  const incidents = computed(() => {
    const server = (row.value?.incidents ?? []).filter((i) => i.resolvedAt === null);
    const local = steps.value.flatMap((s) =>
      s.incident && !server.some((i) => i.id === s.incident?.id) ? [s.incident] : [],
    );
    return [...server, ...local];
  });
  const state = computed<'loading' | 'missing' | 'ready'>(() => {
    if (row.value) return 'ready';
    return store.loaded ? 'missing' : 'loading';
  });
  return {
    ...phone,
    row,
    steps,
    views,
    photos,
    loadingCounts,
    finished,
    documents,
    incidents,
    state,
  };
}
