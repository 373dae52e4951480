import { flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { http } from '@/api/client';
import { useListQuery } from '@/composables/use-list-query';
import type { Job } from '@/modules/jobs/api';
import { JOB_LIST_OPTIONS, listJobsQuery, type JobFilters } from './data';
import { useJobList } from './use-job-list';

describe('job list URL state', () => {
  it('reads filters from the URL; refused values fall back to "any"', () => {
    const query = useListQuery<JobFilters>(JOB_LIST_OPTIONS);
    query.read({
      status: 'new,scheduled',
      kind: 'rework',
      from: '2026-03-01',
      to: '2026-02-30',
      dealerId: '12',
      division: '370102',
      flag: 'missing_eta_call',
      q: 'KF-2026',
      page: '2',
    });
    expect({ ...query.filters }).toEqual({
      q: 'KF-2026',
      status: 'new,scheduled',
      kind: 'rework',
      from: '2026-03-01',
      to: '',
      dealerId: '12',
      division: '370102',
      flag: 'missing_eta_call',
    });
    expect(query.page.value).toBe(2);

    query.read({ status: 'new,bogus', kind: 'moving', dealerId: '0', division: '999', flag: 'late' });
    expect({ ...query.filters }).toMatchObject({ status: '', kind: '', dealerId: '', division: '', flag: '' });
  });

  it('writes only the filters that are set', () => {
    const query = useListQuery<JobFilters>(JOB_LIST_OPTIONS);
    expect(query.toQuery()).toEqual({});
    query.filters.flag = 'unassigned';
    query.filters.status = 'loading,en_route';
    expect(query.toQuery()).toEqual({ flag: 'unassigned', status: 'loading,en_route' });
  });

  it('turns the filters into the GET /jobs query (ids as numbers, the division as its code, states in order)', () => {
    const query = useListQuery<JobFilters>(JOB_LIST_OPTIONS);
    query.read({ status: 'scheduled,new', division: '370102', dealerId: '4', q: ' 王 ' });
    expect(listJobsQuery(query.filters, 3, 50)).toEqual({
      q: '王',
      status: 'new,scheduled',
      kind: undefined,
      from: undefined,
      to: undefined,
      dealerId: 4,
      division: '370102',
      flag: undefined,
      page: 3,
      pageSize: 50,
    });
  });
});

let mock: MockAdapter;
let router: Router;
let list: ReturnType<typeof useJobList>;
let primed: number[] = [];

const Page = defineComponent({
  setup() {
    list = useJobList({
      prime: async (jobs: readonly Job[]) => {
        primed.push(...jobs.map((j) => j.id));
      },
    });
    return () => h('div');
  },
});

beforeEach(() => {
  primed = [];
  mock = new MockAdapter(http);
  mock
    .onGet('/jobs')
    .reply((config) => [
      200,
      { items: [{ id: Number(config.params.page) }], total: 1, page: config.params.page, pageSize: 20 },
    ]);
  router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/jobs/:id(\\d+)?', name: 'Jobs', component: Page }],
  });
});

afterEach(() => mock.restore());

async function open(path: string): Promise<void> {
  await router.push(path);
  await router.isReady();
  mount({ render: () => h(Page) }, { global: { plugins: [router] } });
  await flushPromises();
}

describe('useJobList', () => {
  it("a home item's link (/jobs?flag=…) loads the flagged jobs", async () => {
    await open('/jobs?flag=unassigned');
    expect(mock.history.get[0]?.params).toMatchObject({ flag: 'unassigned', page: 1, pageSize: 20 });
    expect(primed).toEqual([1]);
  });

  it('a search writes every filter to the URL and asks the server for them', async () => {
    await open('/jobs');
    list.filters.status = 'new,scheduled';
    list.filters.division = '370100';
    list.filters.from = '2026-03-01';
    list.filters.to = '2026-03-31';
    await list.search();
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({
      status: 'new,scheduled',
      division: '370100',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(mock.history.get.at(-1)?.params).toMatchObject({
      status: 'new,scheduled',
      division: '370100',
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  it('the export fetches every page and waits for the names', async () => {
    await open('/jobs');
    primed = [];
    const all = await list.fetchAllNamed(100);
    expect(all.items.map((j) => j.id)).toEqual([1]);
    expect(primed).toContain(1);
  });
});
