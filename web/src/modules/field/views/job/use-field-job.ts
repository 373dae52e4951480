import { computed, type Ref } from 'vue';
import { stepViews } from '../../offline/progress';
import { installs, isFinished } from '../../steps';
import { loadingCountsOf } from '../data';
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
  const signature = computed(() => media.value.find((m) => m.kind === 'signature') ?? null);
  const loadingCounts = computed(() => (row.value ? loadingCountsOf(row.value, steps.value) : null));
  const finished = computed(() => (row.value ? isFinished(row.value.job.status) : false));
  /** The installation receipt is signed once the installation itself is recorded (R-FLD-5). */
  const receiptNeeded = computed(() => (row.value ? installs(row.value.job.kind) : false));
  const receiptOpen = computed(() => {
    const installation = views.value.find((v) => v.step === 'installation');
    return !!installation && ['pending', 'done', 'conflict'].includes(installation.status);
  });
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
    signature,
    loadingCounts,
    finished,
    receiptNeeded,
    receiptOpen,
    incidents,
    state,
  };
}
