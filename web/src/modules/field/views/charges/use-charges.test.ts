// R-FLD-9: the repacking charges of a period for the head, finance and leadership, with each
// person's total, against the fake server the charges were decided on.
import { flushPromises } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http } from '@/api/client';
import { FakeReturnsServer, returnedJob } from '../../testing/fake-returns-server';
import type { CheckForm } from '../returns/data';
import { useReturns } from '../returns/use-returns';
import { useCharges } from './use-charges';

const TODAY = '2026-12-02';
const photo = { data: 'aGVsbG8=', contentType: 'image/jpeg' as const, thumb: 'data:image/jpeg;base64,AA' };
const damaged: CheckForm = { outcome: 'damaged', note: '磕伤', photo };

let mock: MockAdapter;
let server: FakeReturnsServer;
beforeEach(() => {
  mock = new MockAdapter(http);
  server = new FakeReturnsServer();
  server.install(mock);
});
afterEach(() => mock.restore());

describe('useCharges', () => {
  it('loads the charges of the last 30 days with each person total, and another period on demand', async () => {
    server.awaiting = [returnedJob(1), returnedJob(2)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const first = await desk.check(desk.awaiting.value[0]!, damaged);
    const second = await desk.check(desk.awaiting.value[0]!, damaged);
    await desk.charge(first, { staffId: 31, amount: '20', reason: 'a' });
    await desk.charge(second, { staffId: 31, amount: '5.50', reason: 'b' });
    await desk.charge(second, { staffId: 32, amount: '30', reason: 'c' });

    const charges = useCharges(TODAY);
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ url: '/field/charges', from: '2026-11-03', to: TODAY });
    expect(charges.charges.all.value).toHaveLength(3);
    expect(charges.totals.value.map((row) => [row.staff.name, row.count, row.amountFen])).toEqual([
      ['钱勇', 1, 3000],
      ['赵磊', 2, 2550],
    ]);

    charges.setPeriod(['2026-01-01', '2026-01-31']);
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ url: '/field/charges', from: '2026-01-01', to: '2026-01-31' });
  });

  it('withdraws a charge decided in error: still listed, out of the totals (R-FLD-9)', async () => {
    server.awaiting = [returnedJob(1)];
    const desk = useReturns(TODAY);
    await flushPromises();
    const check = await desk.check(desk.awaiting.value[0]!, damaged);
    await desk.charge(check, { staffId: 31, amount: '20', reason: 'a' });
    await desk.charge(check, { staffId: 32, amount: '30', reason: 'b' });
    const charges = useCharges(TODAY);
    await flushPromises();
    const wrong = charges.charges.all.value.find((c) => c.staff.id === 32)!;

    await charges.withdraw(wrong, '  责任人搞错了 ');
    expect(server.posted.at(-1)).toEqual({
      url: `/field/charges/${wrong.id}/withdrawal`,
      body: { reason: '责任人搞错了' },
    });
    expect(charges.charges.all.value).toHaveLength(2);
    expect(charges.charges.all.value.find((c) => c.id === wrong.id)?.withdrawalReason).toBe('责任人搞错了');
    expect(charges.totals.value.map((row) => [row.staff.id, row.amountFen])).toEqual([[31, 2000]]);
  });

  it('shows a failed load with a retry', async () => {
    mock.reset();
    mock.onGet('/field/charges').replyOnce(500, { error: { code: 'INTERNAL', message: 'x', violations: [] } });
    server.install(mock);
    const charges = useCharges(TODAY);
    await flushPromises();
    expect(charges.charges.state.value).toBe('error');
    await charges.charges.reload();
    expect(charges.charges.state.value).toBe('empty');
  });
});
