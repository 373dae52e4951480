import { describe, expect, it } from 'vitest';
import { compareZh, formatSort, parseSort, sortRows } from './collate';

describe('Chinese sorting', () => {
  it('sorts names by pinyin, not by code point', () => {
    const names = ['赵磊', '王建国', '李强', '阿明', '韩雪', '张三'];
    expect([...names].sort(compareZh)).toEqual(['阿明', '韩雪', '李强', '王建国', '张三', '赵磊']);
    // Code-point order would put 张 (U+5F20) before 李 (U+674E) and 王 (U+738B).
    expect([...names].sort()).not.toEqual([...names].sort(compareZh));
  });

  it('compares numbers inside text numerically', () => {
    expect(['第10组', '第2组', '第1组'].sort(compareZh)).toEqual(['第1组', '第2组', '第10组']);
  });

  it('parses and formats the URL sort', () => {
    expect(parseSort('-hireDate')).toEqual({ key: 'hireDate', descending: true });
    expect(parseSort('name')).toEqual({ key: 'name', descending: false });
    expect(parseSort('')).toBeNull();
    expect(formatSort({ key: 'name', descending: true })).toBe('-name');
    expect(formatSort(null)).toBe('');
  });

  it('sorts rows stably in both directions, empty values last', () => {
    const rows = [
      { name: '王磊', n: 3 },
      { name: '李强', n: 1 },
      { name: '', n: 2 },
      { name: '阿明', n: 1 },
    ];
    const valueOf = (row: (typeof rows)[number], key: string) => (key === 'name' ? row.name : row.n);
    expect(sortRows(rows, 'name', valueOf).map((r) => r.name)).toEqual(['阿明', '李强', '王磊', '']);
    expect(sortRows(rows, '-name', valueOf).map((r) => r.name)).toEqual(['王磊', '李强', '阿明', '']);
    expect(sortRows(rows, 'n', valueOf).map((r) => r.name)).toEqual(['李强', '阿明', '', '王磊']);
    expect(sortRows(rows, '', valueOf)).toEqual(rows);
  });
});
