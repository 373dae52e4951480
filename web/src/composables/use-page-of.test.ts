import { nextTick, ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { usePageOf } from './use-page-of';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('usePageOf', () => {
  it('shows one page of the rows, the last one partial', () => {
    const rows = ref(numbers(45));
    const paged = usePageOf(rows, 20);
    expect(paged.shown.value).toEqual(numbers(20));
    paged.page.value = 3;
    expect(paged.shown.value).toEqual([41, 42, 43, 44, 45]);
    expect(paged.total.value).toBe(45);
  });

  it('moves back to the last page when the list shrinks under it', async () => {
    const rows = ref(numbers(45));
    const paged = usePageOf(rows, 20);
    paged.page.value = 3;
    rows.value = numbers(25);
    expect(paged.shown.value).toEqual([21, 22, 23, 24, 25]);
    await nextTick();
    expect(paged.page.value).toBe(2);
    rows.value = [];
    await nextTick();
    expect(paged.page.value).toBe(1);
    expect(paged.shown.value).toEqual([]);
  });

  it('takes a new page size', () => {
    const rows = ref(numbers(45));
    const paged = usePageOf(rows, 20);
    paged.pageSize.value = 50;
    expect(paged.shown.value).toHaveLength(45);
  });
});
