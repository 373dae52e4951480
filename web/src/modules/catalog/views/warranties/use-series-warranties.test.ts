// R-FLD-4: the warranty page reads every series with every version, shows the one in force today
// (not a future one), and shows a failed load with a retry; against a fake server.
import { flushPromises } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http } from '@/api/client';
import { setSeriesWarranty } from '@/modules/catalog/api';
import { FakeWarrantyServer } from '../../testing/fake-warranty-server';
import { useSeriesWarranties } from './use-series-warranties';

const TODAY = '2026-12-02';
/** 23:30 on 1 December in UTC is already 2 December in China. */
const now = () => new Date('2026-12-01T23:30:00Z');

let mock: MockAdapter;
let server: FakeWarrantyServer;
beforeEach(() => {
  mock = new MockAdapter(http);
  server = new FakeWarrantyServer(TODAY);
  server.install(mock);
});
afterEach(() => mock.restore());

describe('useSeriesWarranties', () => {
  it('shows every series with the version in force today in China, a later one as scheduled', async () => {
    server.add('博特', '2025-01-01', 24, '两年');
    const inForce = server.add('博特', '2026-06-01', 36, '三年');
    const scheduled = server.add('博特', '2026-12-03', 48, '四年');
    const page = useSeriesWarranties(now);
    expect(page.state.value).toBe('loading');
    await flushPromises();

    expect(page.today.value).toBe(TODAY);
    expect(page.state.value).toBe('ready');
    expect(page.rows.value.map((r) => r.series)).toEqual(['百越', '博特']);
    expect(page.rowOf('百越')?.current).toBeNull();
    expect(page.rowOf('博特')?.current).toEqual(inForce);
    expect(page.rowOf('博特')?.upcoming).toEqual(scheduled);
    expect(page.rowOf('博特')?.history.map((v) => v.months)).toEqual([48, 36, 24]);
    expect(page.unset.value).toBe(1);
  });

  it('shows a version set from today as in force once reloaded', async () => {
    server.add('博特', '2026-06-01', 36);
    const page = useSeriesWarranties(now);
    await flushPromises();
    const saved = await setSeriesWarranty({ series: '百越', validFrom: TODAY, months: 12, content: '一年' });
    await page.reload();
    expect(page.rowOf('百越')?.current).toEqual(saved);
    expect(page.unset.value).toBe(0);
  });

  it('filters the series by name', async () => {
    server.series = ['百越', '博特', '博雅'];
    const page = useSeriesWarranties(now);
    await flushPromises();
    page.query.value = ' 博 ';
    expect(page.rows.value.map((r) => r.series)).toEqual(['博特', '博雅']);
    page.query.value = '';
    expect(page.rows.value).toHaveLength(3);
  });

  it('is empty when the catalogue has no series', async () => {
    server.series = [];
    const page = useSeriesWarranties(now);
    await flushPromises();
    expect(page.state.value).toBe('empty');
  });

  it('shows a failed load with a retry', async () => {
    mock.reset();
    mock
      .onGet('/product-series/warranties')
      .replyOnce(500, { error: { code: 'INTERNAL', message: 'x', violations: [] } });
    server.install(mock);
    const page = useSeriesWarranties(now);
    await flushPromises();
    expect(page.state.value).toBe('error');
    expect(page.error.value?.status).toBe(500);
    await page.reload();
    expect(page.state.value).toBe('ready');
    expect(page.rows.value).toHaveLength(2);
  });
});
