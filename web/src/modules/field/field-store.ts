import { liveQuery, type Subscription } from 'dexie';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { getJob } from '@/modules/jobs/api';
import { useAuthStore } from '@/stores/auth';
import { todayInShanghai } from '@/utils/format';
import { getJobFieldWork, listMyFieldJobs, type FieldStep, type SignatureInput } from './api';
import { prepareJpeg } from './image';
import { FieldDb, fieldDbName, type JobRow, type MediaRow, type OutboxEntry, type StepRow } from './offline/db';
import { Outbox, type SyncReport } from './offline/outbox';
import { FieldRecorder, recorderEffects, type PreparedImage } from './offline/recorder';
import { refreshJobs, type FieldReader } from './offline/refresh';
import { SyncLoop, browserEnvironment } from './offline/sync-loop';
import { httpTransport } from './offline/transport';
import type { StepForm } from './steps';

const reader: FieldReader = {
  listMyJobs: (from, to) => listMyFieldJobs({ from, to }, { silent: true }),
  getJob: (id) => getJob(id, { silent: true }),
  getFieldWork: (id) => getJobFieldWork(id, { silent: true }),
};

/** Follows a Dexie query: every change of the tables it reads sets `target` again. */
function follow<T>(query: () => Promise<T>, set: (value: T) => void): Subscription {
  return liveQuery(query).subscribe({ next: set, error: () => undefined });
}

/**
 * The crew's phone (ADR 0017): the signed-in user's offline database, its outbox and sync loop,
 * and what the field screens show from them (jobs, steps, photos, what waits to be sent). Opened by
 * the field screens for the user signed in; a shared phone keeps each user's data apart.
 */
export const useFieldStore = defineStore('field', () => {
  const auth = useAuthStore();
  const userId = ref<number | null>(null);
  const jobs = shallowRef<JobRow[]>([]);
  const steps = shallowRef<StepRow[]>([]);
  const entries = shallowRef<OutboxEntry[]>([]);
  const media = shallowRef<MediaRow[]>([]);
  /** The first read of the database has come back (before it, nothing is known, not "no jobs"). */
  const loaded = ref(false);
  const syncing = ref(false);
  const lastReport = ref<SyncReport | null>(null);
  const refreshing = ref(false);
  /** The last download of the jobs failed (offline, or the server refused). */
  const refreshFailed = ref(false);
  const lastRefreshAt = ref<string | null>(null);

  let db: FieldDb | null = null;
  let outbox: Outbox | null = null;
  let recorder: FieldRecorder | null = null;
  let loop: SyncLoop | null = null;
  let subscriptions: Subscription[] = [];

  const pending = computed(() => entries.value.filter((e) => e.state === 'pending'));
  const failed = computed(() => entries.value.filter((e) => e.state === 'failed'));
  /** The server answered 401: the entries wait until the user signs in again. */
  const needsLogin = computed(() => lastReport.value?.stopped === 'login');

  const session = {
    token: () => auth.csrfToken || null,
    refresh: async () => {
      await auth.fetchMe();
    },
  };

  function close(): void {
    loop?.stop();
    subscriptions.forEach((s) => s.unsubscribe());
    subscriptions = [];
    db?.close();
    db = outbox = recorder = loop = null;
    userId.value = null;
    loaded.value = false;
    jobs.value = steps.value = entries.value = [];
    media.value = [];
  }

  /** Opens the signed-in user's database and starts sending (idempotent). */
  function open(): void {
    const id = auth.me?.id ?? null;
    if (id === null || id === userId.value) return;
    close();
    userId.value = id;
    db = new FieldDb(fieldDbName(id));
    outbox = new Outbox(db, httpTransport(session), recorderEffects);
    recorder = new FieldRecorder(outbox);
    const base = db;
    let first = 4;
    const arrived = (): void => {
      first -= 1;
      if (first === 0) loaded.value = true;
    };
    const once = <T>(set: (value: T) => void) => {
      let seen = false;
      return (value: T) => {
        set(value);
        if (!seen) arrived();
        seen = true;
      };
    };
    subscriptions = [
      follow(
        () => base.jobs.orderBy('date').toArray(),
        once((v) => (jobs.value = v)),
      ),
      follow(
        () => base.steps.toArray(),
        once((v) => (steps.value = v)),
      ),
      follow(
        () => base.outbox.orderBy('seq').toArray(),
        once((v) => (entries.value = v)),
      ),
      follow(
        () => base.media.toArray(),
        once((v) => (media.value = v)),
      ),
    ];
    loop = new SyncLoop(outbox, browserEnvironment(), {
      onReport: (report) => {
        lastReport.value = report;
        // Something went through: the server's view of the jobs (statuses, incidents) changed.
        if (report.sent > 0) void refresh();
      },
      onOnline: () => void auth.fetchMe().then(() => refresh()),
    });
    void navigator.storage?.persist?.().catch(() => false);
    loop.start();
    void refresh();
  }

  let refreshAgain = false;

  /**
   * Downloads the jobs of today and the next days again (keeps what the phone had on failure). A
   * call during a download makes it run once more at its end: a download started before a sync
   * round must not leave the statuses it read before the round.
   */
  async function refresh(): Promise<void> {
    if (!db) return;
    if (refreshing.value) {
      refreshAgain = true;
      return;
    }
    refreshing.value = true;
    try {
      do {
        refreshAgain = false;
        try {
          await refreshJobs(db, reader, todayInShanghai());
          refreshFailed.value = false;
          lastRefreshAt.value = new Date().toISOString();
        } catch {
          refreshFailed.value = true;
        }
      } while (refreshAgain && db);
    } finally {
      refreshing.value = false;
    }
  }

  function required<T>(value: T | null): T {
    if (value === null) throw new Error('the field store is not open');
    return value;
  }

  /** Sends what waits now (the user pressed "sync", or signed in again). */
  async function syncNow(): Promise<SyncReport> {
    syncing.value = true;
    try {
      return await required(loop).kick();
    } finally {
      syncing.value = false;
    }
  }

  /** Records a step (local first) and starts sending it. */
  async function recordStep(job: JobRow, step: FieldStep, form: StepForm): Promise<StepRow> {
    const row = await required(recorder).recordStep(job, step, form);
    void syncNow();
    return row;
  }

  /** Shrinks a camera photo to a JPEG of at most 1600 px, stores it and starts sending it. */
  async function addPhoto(jobId: number, step: FieldStep, file: Blob): Promise<MediaRow> {
    const image = await prepareJpeg(file);
    const row = await required(recorder).addPhoto(jobId, step, image);
    void syncNow();
    return row;
  }

  /** Stores a customer's signature and starts sending it. */
  async function addSignature(
    input: Omit<SignatureInput, 'id' | 'signedAt' | 'image'>,
    image: PreparedImage,
    step: FieldStep | null,
  ): Promise<MediaRow> {
    const row = await required(recorder).addSignature(input, image, step);
    void syncNow();
    return row;
  }

  async function retry(id: string): Promise<void> {
    await required(outbox).retry(id);
    void syncNow();
  }

  async function discard(id: string): Promise<void> {
    await required(outbox).discard(id);
  }

  return {
    userId,
    jobs,
    steps,
    entries,
    media,
    loaded,
    pending,
    failed,
    needsLogin,
    syncing,
    lastReport,
    refreshing,
    refreshFailed,
    lastRefreshAt,
    open,
    close,
    refresh,
    syncNow,
    recordStep,
    addPhoto,
    addSignature,
    retry,
    discard,
  };
});
