// R-FLD-9: the quality-returns desk against a fake server: what waits and what was checked in the
// period, the check sent as the job was read (photo included), the head's charge sent in fen, and a
// 409 (someone else was quicker) reloading the lists.
import { flushPromises } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isApiError } from '@/api/api-error';
import { http } from '@/api/client';
import { FakeReturnsServer, returnedJob } from '../../testing/fake-returns-server';
import type { CheckForm } from './data';
import { useReturns } from './use-returns';

const TODAY = '2026-12-02';
const photo = { data: 'aGVsbG8=', contentType: 'image/jpeg' as const, thumb: 'data:image/jpeg;base64,AA' };
const damaged: CheckForm = { outcome: 'damaged', note: ' 两块桌板磕伤 ', photo };

let mock: MockAdapter;
let server: FakeReturnsServer;
beforeEach(() => {
  mock = new MockAdapter(http);
  server = new FakeReturnsServer();
  server.install(mock);
});
afterEach(() => mock.restore());

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('useReturns', () => {
  it('loads the jobs waiting for a check and the checks of the last 30 days', async () => {
    server.awaiting = [returnedJob(1), returnedJob(2)];
    const desk = useReturns(TODAY);
    expect(desk.checks.state.value).toBe('loading');
    await flushPromises();
    expect(server.queries).toEqual([{ url: '/field/returns', from: '2026-11-03', to: TODAY }]);
    expect(desk.awaiting.value.map((j) => j.jobId)).toEqual([1, 2]);
    expect(desk.checks.state.value).toBe('empty');
  });

  it('records a damaged check as the job was read, with the note and the photo, and moves the job over', async () => {
    server.awaiting = [returnedJob(1, 7), returnedJob(2)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const saved = await desk.check(desk.awaiting.value[0]!, damaged);
    expect(server.posted).toEqual([
      {
        url: '/field/returns',
        body: {
          jobId: 1,
          jobVersion: 7,
          outcome: 'damaged',
          note: '两块桌板磕伤',
          photo: { contentType: 'image/jpeg', data: 'aGVsbG8=' },
        },
      },
    ]);
    expect(saved.hasPhoto).toBe(true);
    expect(desk.awaiting.value.map((j) => j.jobId)).toEqual([2]);
    expect(desk.checks.all.value.map((c) => [c.jobId, c.outcome])).toEqual([[1, 'damaged']]);
  });

  it('gives the server refusal of a damaged check without a photo back per field, lists unchanged', async () => {
    server.awaiting = [returnedJob(1)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const error = await caught(desk.check(desk.awaiting.value[0]!, { ...damaged, photo: null }));
    expect(isApiError(error) && error.status).toBe(400);
    expect(isApiError(error) && error.violations).toEqual([{ field: 'photo', reason: 'required' }]);
    expect(desk.awaiting.value).toHaveLength(1);
    expect(server.queries).toHaveLength(1);
  });

  it('reloads the lists when the job was checked by someone else (409)', async () => {
    server.awaiting = [returnedJob(1)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const job = desk.awaiting.value[0]!;
    // Someone else checks it first.
    await desk.check({ ...job }, { outcome: 'intact', note: '', photo: null });
    server.awaiting = [{ ...job, jobVersion: job.jobVersion + 1 }];
    await desk.checks.reload();
    const stale = await caught(desk.check(job, { outcome: 'intact', note: '', photo: null }));
    expect(isApiError(stale) && stale.status).toBe(409);
    expect(server.queries).toHaveLength(4);
    expect(desk.awaiting.value[0]?.jobVersion).toBe(job.jobVersion + 1);
  });

  it('charges the person chosen the amount typed, in fen, and shows the charge on the check', async () => {
    server.awaiting = [returnedJob(1)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const check = await desk.check(desk.awaiting.value[0]!, damaged);
    const charge = await desk.charge(check, { staffId: 32, amount: '1000000.00', reason: ' 未加护角 ' });
    expect(server.posted.at(-1)).toEqual({
      url: `/field/returns/${check.id}/charges`,
      body: { staffId: 32, amountFen: 100_000_000, reason: '未加护角' },
    });
    expect(charge.staff.name).toBe('钱勇');
    expect(desk.checks.all.value[0]?.charges.map((c) => [c.staff.id, c.amountFen])).toEqual([[32, 100_000_000]]);
  });

  it('sends nothing for an amount that is not valid, and reloads after a second charge of the same person (409)', async () => {
    server.awaiting = [returnedJob(1)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const check = await desk.check(desk.awaiting.value[0]!, damaged);
    const posted = server.posted.length;
    await expect(desk.charge(check, { staffId: 31, amount: '0.001', reason: 'x' })).rejects.toThrow();
    expect(server.posted).toHaveLength(posted);

    await desk.charge(check, { staffId: 31, amount: '0.01', reason: '未加护角' });
    const queries = server.queries.length;
    const again = await caught(desk.charge(check, { staffId: 31, amount: '5', reason: '再扣' }));
    expect(isApiError(again) && again.violations).toEqual([{ field: 'staffId', reason: 'already_charged' }]);
    expect(server.queries).toHaveLength(queries + 1);
    expect(desk.checks.all.value[0]?.charges.map((c) => c.amountFen)).toEqual([1]);
  });

  it('refuses to charge an intact check (the server says not_damaged)', async () => {
    server.awaiting = [returnedJob(1)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const check = await desk.check(desk.awaiting.value[0]!, { outcome: 'intact', note: '', photo: null });
    const error = await caught(desk.charge(check, { staffId: 31, amount: '10', reason: 'x' }));
    expect(isApiError(error) && [error.code, error.violations]).toEqual([
      'FAILED_PRECONDITION',
      [{ field: 'outcome', reason: 'not_damaged' }],
    ]);
  });

  it('loads another period, and shows a failed load with a retry', async () => {
    const desk = useReturns(TODAY);
    await flushPromises();
    server.failNext = 503;
    desk.setPeriod(['2026-10-01', '2026-10-31']);
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ url: '/field/returns', from: '2026-10-01', to: '2026-10-31' });
    expect(desk.checks.state.value).toBe('error');
    await desk.checks.reload();
    expect(desk.checks.state.value).toBe('empty');
    expect({ ...desk.period }).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});
