import type { Outbox, SyncReport } from './outbox';

/** How often the timer looks at the outbox (entries in back-off wait for their own time). */
export const SYNC_INTERVAL_MS = 15_000;

/** What the loop listens to and schedules with (the browser's; tests pass their own). */
export interface LoopEnvironment {
  addEventListener: (type: 'online', listener: () => void) => void;
  removeEventListener: (type: 'online', listener: () => void) => void;
  setInterval: (handler: () => void, ms: number) => unknown;
  clearInterval: (id: unknown) => void;
  /** False when the browser knows it has no network (then nothing is tried, no attempt counted). */
  online: () => boolean;
  /**
   * Runs `task` while holding a lock no other tab of the app holds (Web Locks), so two tabs never
   * send the same entry at once; without Web Locks it just runs it.
   */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
}

/** The browser's environment: window events and timers, and a Web Lock when available. */
export function browserEnvironment(lockName = 'kefu-field-sync'): LoopEnvironment {
  return {
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    setInterval: (handler, ms) => window.setInterval(handler, ms),
    clearInterval: (id) => window.clearInterval(id as number),
    online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
    exclusive: (task) => {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      return locks ? (locks.request(lockName, task) as Promise<Awaited<ReturnType<typeof task>>>) : task();
    },
  };
}

export interface SyncLoopHooks {
  /** Runs after each round (the store shows it; a round that sent something refreshes the jobs). */
  onReport?: (report: SyncReport) => void;
  /** The network came back (the jobs are downloaded again). */
  onOnline?: () => void;
}

/**
 * When the outbox is sent (ADR 0017): at start, whenever the browser says it is online again, after
 * each write (`kick`), on the user's "sync now" — all of these at once, ignoring back-off — and
 * every SYNC_INTERVAL_MS for entries whose back-off has passed.
 */
export class SyncLoop {
  private timer: unknown = null;
  private readonly onlineListener = (): void => {
    this.hooks.onOnline?.();
    void this.kick();
  };

  constructor(
    private readonly outbox: Outbox,
    private readonly env: LoopEnvironment,
    private readonly hooks: SyncLoopHooks = {},
    private readonly intervalMs = SYNC_INTERVAL_MS,
  ) {}

  start(): void {
    if (this.timer !== null) return;
    this.env.addEventListener('online', this.onlineListener);
    this.timer = this.env.setInterval(() => void this.run(false), this.intervalMs);
    void this.kick();
  }

  stop(): void {
    if (this.timer === null) return;
    this.env.removeEventListener('online', this.onlineListener);
    this.env.clearInterval(this.timer);
    this.timer = null;
  }

  /** Sends now, back-off or not (after a write, on start, when online, on the user's request). */
  kick(): Promise<SyncReport> {
    return this.run(true);
  }

  private async run(force: boolean): Promise<SyncReport> {
    // Offline for sure: the `online` event will send; trying now would only count attempts.
    const report = this.env.online()
      ? await this.env.exclusive(() => this.outbox.sync({ force }))
      : { sent: 0, failed: 0, stopped: 'network' as const };
    this.hooks.onReport?.(report);
    return report;
  }
}
