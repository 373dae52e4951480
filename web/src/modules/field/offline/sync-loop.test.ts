import { describe, expect, it, vi } from 'vitest';
import type { Outbox, SyncReport } from './outbox';
import { SyncLoop, type LoopEnvironment } from './sync-loop';

function fakeEnvironment() {
  const state = { online: true };
  const listeners: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const env: LoopEnvironment = {
    addEventListener: (_, l) => listeners.push(l),
    removeEventListener: (_, l) => listeners.splice(listeners.indexOf(l), 1),
    setInterval: (handler) => timers.push(handler),
    clearInterval: () => timers.splice(0),
    online: () => state.online,
    exclusive: (task) => task(),
  };
  return { env, listeners, timers, state };
}

const done: SyncReport = { sent: 0, failed: 0, stopped: null };

describe('sync loop', () => {
  it('sends at start, when the network returns and after a write, ignoring back-off; the timer respects it', async () => {
    const sync = vi.fn(async () => done);
    const outbox = { sync } as unknown as Outbox;
    const { env, listeners, timers } = fakeEnvironment();
    const onOnline = vi.fn();
    const loop = new SyncLoop(outbox, env, { onOnline });
    loop.start();
    expect(sync).toHaveBeenLastCalledWith({ force: true });
    listeners.forEach((l) => l());
    expect(onOnline).toHaveBeenCalledTimes(1);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(sync).toHaveBeenLastCalledWith({ force: true });
    timers.forEach((t) => t());
    expect(sync).toHaveBeenLastCalledWith({ force: false });
    await loop.kick();
    expect(sync).toHaveBeenLastCalledWith({ force: true });
    loop.stop();
    expect(listeners).toHaveLength(0);
    expect(timers).toHaveLength(0);
  });

  it('reports every round', async () => {
    const report: SyncReport = { sent: 2, failed: 0, stopped: 'network' };
    const outbox = { sync: vi.fn(async () => report) } as unknown as Outbox;
    const onReport = vi.fn();
    const loop = new SyncLoop(outbox, fakeEnvironment().env, { onReport });
    expect(await loop.kick()).toBe(report);
    expect(onReport).toHaveBeenCalledWith(report);
  });

  it('tries nothing while the browser knows it is offline', async () => {
    const sync = vi.fn(async () => done);
    const { env, state } = fakeEnvironment();
    state.online = false;
    const loop = new SyncLoop({ sync } as unknown as Outbox, env);
    expect(await loop.kick()).toEqual({ sent: 0, failed: 0, stopped: 'network' });
    expect(sync).not.toHaveBeenCalled();
    state.online = true;
    await loop.kick();
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
