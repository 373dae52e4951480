import { apiErrorFromBody } from '@/api/api-error';
import type { FieldStep } from '../api';
import type { FieldDb, OutboxEntry, OutboxError, OutboxKind } from './db';

/** The server's answer to one send: any HTTP status, with its body. */
export interface Answer {
  status: number;
  body: unknown;
}

/**
 * Sends one entry: resolves with the server's answer whatever its status, rejects when no answer
 * came (offline, timeout, connection dropped before or after the server acted).
 */
export type Transport = (entry: Readonly<OutboxEntry>) => Promise<Answer>;

/**
 * What an answer means for the entry (ADR 0017):
 * - `done`: 2xx (201 applied or kept as a conflict, 200 a replay of what came before): remove it;
 * - `retry`: no answer, 408, 429 or 5xx: the same entry goes again later, with the same id;
 * - `login`: 401: kept as it is until the user signs in again;
 * - `failed`: any other 4xx (400 invalid, 409 id reused, 403, 404 …): sending it again cannot
 *   help, so it is kept and shown until the user retries or discards it. Never dropped silently.
 */
export type Verdict = 'done' | 'retry' | 'login' | 'failed';

/** The verdict of an HTTP status (0 = no answer). */
export function verdictOf(status: number): Verdict {
  if (status >= 200 && status < 300) return 'done';
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry';
  if (status === 401) return 'login';
  return 'failed';
}

/** The first wait after a failed attempt, and the longest. */
export const BACKOFF_FIRST_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * How long to wait before the timer tries an entry again after its `attempts`-th failure:
 * 2 s, 4 s, 8 s … up to 5 min, ±20 % so that phones coming back together do not send together.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** A write to put into the outbox. */
export interface NewEntry {
  id: string;
  kind: OutboxKind;
  jobId: number;
  step: FieldStep | null;
  url: string;
  body: unknown;
}

/**
 * What the rest of the phone's store does when the server has answered an entry; each runs inside
 * the Dexie transaction that removes (or marks) the entry, so the two never disagree.
 */
export interface OutboxEffects {
  /** 2xx: the body is the server's answer (a FieldRecordResult for records). */
  onDone?: (db: FieldDb, entry: OutboxEntry, body: unknown) => Promise<void>;
  /** The entry was marked failed. */
  onFailed?: (db: FieldDb, entry: OutboxEntry) => Promise<void>;
  /** A failed entry was put back in line, or discarded by the user. */
  onRetry?: (db: FieldDb, entry: OutboxEntry) => Promise<void>;
  onDiscard?: (db: FieldDb, entry: OutboxEntry) => Promise<void>;
}

/** Why a round stopped before the outbox was empty. */
export type StopReason =
  /** No answer came (offline, timeout, or the answer was lost). */
  | 'network'
  /** The server answered 5xx / 429: it is there but cannot take it now. */
  | 'server'
  /** 401: the session ended; the user must sign in again. */
  | 'login'
  /** Not forced and the oldest entry's back-off has not passed. */
  | 'waiting';

export interface SyncReport {
  /** Entries the server took (2xx) in this round. */
  sent: number;
  /** Entries marked failed in this round. */
  failed: number;
  stopped: StopReason | null;
}

export interface OutboxClock {
  now: () => number;
  random: () => number;
}

const systemClock: OutboxClock = { now: () => Date.now(), random: () => Math.random() };

/** Turns a non-2xx answer (or none) into what the entry keeps as its last error. */
export function errorOf(answer: Answer | null, at: number, reason = ''): OutboxError {
  const when = new Date(at).toISOString();
  if (!answer) return { status: 0, code: 'NETWORK_ERROR', message: reason, violations: [], at: when };
  const error = apiErrorFromBody(answer.status, answer.body);
  return {
    status: answer.status,
    code: error.code,
    message: error.message,
    violations: error.violations.map((v) => ({ ...v })),
    at: when,
  };
}

/**
 * The outbox (ADR 0017): every write of the crew is first stored here under its UUID, and leaves
 * only when the server has answered it with 2xx. `sync` sends the pending entries one at a time,
 * oldest first, and stops at the first that gets no answer (the order of steps matters to the
 * server: a departure before its loading would be kept as a conflict).
 */
export class Outbox {
  private running: Promise<SyncReport> | null = null;
  private again = false;
  private againForced = false;

  constructor(
    readonly db: FieldDb,
    private readonly transport: Transport,
    private readonly effects: OutboxEffects = {},
    private readonly clock: OutboxClock = systemClock,
  ) {}

  /**
   * Stores a write; `also` runs in the same transaction (the step's local state, a preview), so
   * the screen never shows a step the outbox does not hold.
   */
  async add(entry: NewEntry, also?: () => Promise<unknown>): Promise<OutboxEntry> {
    const db = this.db;
    return db.transaction('rw', [db.outbox, db.steps, db.media, db.jobs], async () => {
      const last = await db.outbox.orderBy('seq').last();
      const row: OutboxEntry = {
        ...entry,
        seq: (last?.seq ?? 0) + 1,
        createdAt: new Date(this.clock.now()).toISOString(),
        attempts: 0,
        state: 'pending',
        lastError: null,
        nextAttemptAt: 0,
      };
      await db.outbox.add(row);
      if (also) await also();
      return row;
    });
  }

  /** Every entry, oldest first. */
  all(): Promise<OutboxEntry[]> {
    return this.db.outbox.orderBy('seq').toArray();
  }

  /**
   * Sends what is pending, oldest first, one at a time. `force` ignores the back-off (the network
   * came back, the app started, the user wrote something or pressed "sync"). Only one round runs
   * at a time; a call during a round makes it go once more when it ends.
   */
  sync(options: { force?: boolean } = {}): Promise<SyncReport> {
    if (this.running) {
      this.again = true;
      this.againForced ||= options.force === true;
      return this.running;
    }
    const run = async (): Promise<SyncReport> => {
      let report = await this.round(options.force === true);
      while (this.again) {
        const forced = this.againForced;
        this.again = false;
        this.againForced = false;
        const next = await this.round(forced);
        report = { sent: report.sent + next.sent, failed: report.failed + next.failed, stopped: next.stopped };
      }
      return report;
    };
    this.running = run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async round(force: boolean): Promise<SyncReport> {
    const report: SyncReport = { sent: 0, failed: 0, stopped: null };
    // Entries are read one at a time: one added during the round is sent in it too.
    let after = 0;
    for (;;) {
      const entry = await this.db.outbox
        .where('seq')
        .above(after)
        .filter((e) => e.state === 'pending')
        .first();
      if (!entry) return report;
      after = entry.seq;
      if (!force && entry.nextAttemptAt > this.clock.now()) {
        report.stopped = 'waiting';
        return report;
      }
      let answer: Answer | null = null;
      let reason = '';
      try {
        answer = await this.transport(entry);
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
      const verdict = verdictOf(answer?.status ?? 0);
      if (verdict === 'done') {
        await this.settleDone(entry, answer?.body);
        report.sent += 1;
        continue;
      }
      const lastError = errorOf(answer, this.clock.now(), reason);
      if (verdict === 'failed') {
        await this.settleFailed(entry, lastError);
        report.failed += 1;
        continue;
      }
      await this.postpone(entry, lastError, verdict === 'login');
      report.stopped = verdict === 'login' ? 'login' : answer ? 'server' : 'network';
      return report;
    }
  }

  private async settleDone(entry: OutboxEntry, body: unknown): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.outbox, db.steps, db.media, db.jobs], async () => {
      await db.outbox.delete(entry.id);
      await this.effects.onDone?.(db, entry, body);
    });
  }

  private async settleFailed(entry: OutboxEntry, lastError: OutboxError): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.outbox, db.steps, db.media, db.jobs], async () => {
      const current = await db.outbox.get(entry.id);
      if (!current) return; // discarded meanwhile
      const failed: OutboxEntry = { ...current, state: 'failed', attempts: current.attempts + 1, lastError };
      await db.outbox.put(failed);
      await this.effects.onFailed?.(db, failed);
    });
  }

  /** Keeps the entry pending; a 401 does not count as an attempt (the entry was never judged). */
  private async postpone(entry: OutboxEntry, lastError: OutboxError, login: boolean): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.outbox, async () => {
      const current = await db.outbox.get(entry.id);
      if (!current) return;
      const attempts = login ? current.attempts : current.attempts + 1;
      await db.outbox.update(entry.id, {
        attempts,
        lastError,
        nextAttemptAt: this.clock.now() + backoffMs(Math.max(1, attempts), this.clock.random),
      });
    });
  }

  /** Puts a failed entry back in line (e.g. after the office fixed the job); it goes at once. */
  async retry(id: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.outbox, db.steps, db.media, db.jobs], async () => {
      const current = await db.outbox.get(id);
      if (!current || current.state !== 'failed') return;
      const pending: OutboxEntry = { ...current, state: 'pending', nextAttemptAt: 0 };
      await db.outbox.put(pending);
      await this.effects.onRetry?.(db, pending);
    });
  }

  /** Removes a failed entry the user chose to give up (the screen asks first). */
  async discard(id: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.outbox, db.steps, db.media, db.jobs], async () => {
      const current = await db.outbox.get(id);
      if (!current || current.state !== 'failed') return;
      await db.outbox.delete(id);
      await this.effects.onDiscard?.(db, current);
    });
  }
}
