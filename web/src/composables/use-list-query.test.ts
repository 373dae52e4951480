import { flushPromises, mount } from '@vue/test-utils';
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { get, http } from '@/api/client';
import { useListQuery, useUrlPagedList, type UrlPagedList } from './use-list-query';
import { useRecordRoute, type RecordRoute } from './use-record-route';
import type { Page } from './use-paged-list';

interface Filters {
  [key: string]: string;
  q: string;
  status: string;
}

const options = {
  filters: { q: '', status: 'active' },
  accept: { status: (v: string) => ['active', 'left'].includes(v) },
  sorts: ['name', '-name'],
};

describe('useListQuery (URL ↔ state)', () => {
  it('reads the URL, falling back to defaults for missing or refused values', () => {
    const query = useListQuery<Filters>(options);
    query.read({ q: '王', status: 'nonsense', page: '3', pageSize: '50', sort: '-name' });
    expect({ ...query.filters }).toEqual({ q: '王', status: 'active' });
    expect([query.page.value, query.pageSize.value, query.sort.value]).toEqual([3, 50, '-name']);

    query.read({ page: '-1', pageSize: '7', sort: 'phone' });
    expect([query.page.value, query.pageSize.value, query.sort.value]).toEqual([1, 20, '']);
  });

  it('writes only what differs from the defaults; an emptied filter is kept as empty', () => {
    const query = useListQuery<Filters>(options);
    expect(query.toQuery()).toEqual({});
    query.filters.q = ' 李 ';
    query.filters.status = '';
    query.page.value = 2;
    expect(query.toQuery()).toEqual({ q: '李', status: '', page: '2' });
    query.read(query.toQuery());
    expect(query.filters.status).toBe('');
  });
});

let mock: MockAdapter;
let router: Router;
let list: UrlPagedList<{ id: number }, Filters>;
let record: RecordRoute;

const Page = defineComponent({
  setup() {
    list = useUrlPagedList<{ id: number }, Filters>(
      (filters, page, pageSize, sort) =>
        get<Page<{ id: number }>>('/rows', { ...filters, page, pageSize, sort }, { silent: true }),
      options,
    );
    record = useRecordRoute('/rows');
    return () => h('div');
  },
});

beforeEach(async () => {
  mock = new MockAdapter(http);
  mock
    .onGet('/rows')
    .reply((config) => [
      200,
      { items: [{ id: Number(config.params.page) }], total: 100, page: config.params.page, pageSize: 20 },
    ]);
  router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/rows/:id(\\d+)?', name: 'Rows', component: Page }],
  });
});

afterEach(() => mock.restore());

async function open(path: string): Promise<void> {
  await router.push(path);
  await router.isReady();
  mount({ render: () => h(router.options.routes[0]?.component as typeof Page) }, { global: { plugins: [router] } });
  await flushPromises();
}

describe('useUrlPagedList', () => {
  it('loads what the URL says: filters, page and sort', async () => {
    await open('/rows?q=王&status=left&page=3&sort=-name');
    expect(mock.history.get[0]?.params).toMatchObject({ q: '王', status: 'left', page: 3, sort: '-name' });
    expect(list.filters.q).toBe('王');
    expect(list.items.value[0]?.id).toBe(3);
  });

  it('a search writes the URL (a new history entry) and loads; Back restores the earlier view', async () => {
    await open('/rows');
    list.filters.q = '李';
    await list.search();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/rows?q=%E6%9D%8E');
    expect(mock.history.get.at(-1)?.params).toMatchObject({ q: '李', page: 1 });

    list.page.value = 4;
    await list.apply();
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: '李', page: '4' });
    expect(list.items.value[0]?.id).toBe(4);

    router.back();
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: '李' });
    expect(list.page.value).toBe(1);
    expect(list.items.value[0]?.id).toBe(1);
  });

  it('the same search again reloads without a new history entry', async () => {
    await open('/rows?q=张');
    const before = mock.history.get.length;
    await list.search();
    await flushPromises();
    expect(mock.history.get.length).toBe(before + 1);
    expect(router.currentRoute.value.query).toEqual({ q: '张' });
  });

  it('a record has its own link; opening it keeps the list and its rows, closing returns to the list', async () => {
    await open('/rows?q=赵');
    const loads = mock.history.get.length;
    await record.show(5);
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/rows/5?q=%E8%B5%B5');
    expect(record.numericId.value).toBe(5);
    expect(record.open.value).toBe(true);
    expect(mock.history.get.length).toBe(loads);

    await record.close();
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/rows?q=%E8%B5%B5');
    expect(record.open.value).toBe(false);
  });
});
