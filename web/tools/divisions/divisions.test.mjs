// @vitest-environment node
// The division rules on real examples, and the whole generated tree from the installed packages.
import { describe, expect, it } from 'vitest';
import { buildDivisions, toCsv } from './build.mjs';
import { exclusionReason, kindOf, levelOf, parentOf } from './classify.mjs';
import { readMapFeatures, readStatisticsRows } from './sources.mjs';

describe('kindOf', () => {
  it.each([
    ['province', '山东省', 'province'],
    ['province', '广西壮族自治区', 'province'],
    ['province', '北京市', 'municipality'],
    ['prefecture', '济南市', 'prefecture_city'],
    ['prefecture', '东莞市', 'prefecture_city'],
    ['prefecture', '大兴安岭地区', 'prefecture'],
    ['prefecture', '恩施土家族苗族自治州', 'prefecture'],
    ['prefecture', '阿拉善盟', 'prefecture'],
    ['prefecture', '省直辖县级行政区划', 'other'],
    ['county', '历下区', 'district'],
    ['county', '章丘区', 'district'],
    ['county', '碑林区', 'district'],
    ['county', '平阴县', 'county'],
    ['county', '长阳土家族自治县', 'county'],
    ['county', '阿鲁科尔沁旗', 'county'],
    ['county', '鄂温克族自治旗', 'county'],
    ['county', '青州市', 'county_level_city'],
    ['county', '仙桃市', 'county_level_city'],
    ['county', '神农架林区', 'other'],
    ['county', '六枝特区', 'other'],
    ['county', '西沙群岛', 'other'],
  ])('%s %s is %s', (level, name, kind) => {
    expect(kindOf(level, name)).toBe(kind);
  });
});

describe('levelOf and parentOf', () => {
  const kept = (code) => !['110100', '500200'].includes(code);
  it('reads the level from the trailing zeros', () => {
    expect(levelOf('370000')).toBe('province');
    expect(levelOf('370100')).toBe('prefecture');
    expect(levelOf('370102')).toBe('county');
  });
  it('hangs a county-level unit from its prefecture, or the province without one', () => {
    expect(parentOf('370102', kept)).toBe('370100');
    expect(parentOf('429004', kept)).toBe('429000');
    expect(parentOf('110101', kept)).toBe('110000');
    expect(parentOf('500229', kept)).toBe('500000');
    expect(parentOf('370100', kept)).toBe('370000');
    expect(parentOf('370000', kept)).toBeNull();
  });
});

describe('exclusionReason', () => {
  it('drops groupings, statistics-only units and repeated cities', () => {
    expect(exclusionReason({ code: '110100', name: '市辖区', listedAs: 'prefecture' })).toBe('municipality_grouping');
    expect(exclusionReason({ code: '500200', name: '县', listedAs: 'prefecture' })).toBe('municipality_grouping');
    expect(exclusionReason({ code: '370176', name: '济南高新技术产业开发区', listedAs: 'county' })).toBe(
      'statistics_only',
    );
    expect(exclusionReason({ code: '232761', name: '加格达奇区', listedAs: 'county' })).toBe('statistics_only');
    expect(exclusionReason({ code: '441900', name: '东莞市', listedAs: 'county' })).toBe('city_without_counties');
    expect(
      exclusionReason({
        code: '620201',
        name: '嘉峪关市',
        listedAs: 'county',
        parentName: '嘉峪关市',
      }),
    ).toBe('city_without_counties');
  });
  it('keeps real divisions, county-level cities numbered 81 and up included', () => {
    expect(exclusionReason({ code: '441900', name: '东莞市', listedAs: 'prefecture' })).toBeNull();
    expect(exclusionReason({ code: '429000', name: '省直辖县级行政区划', listedAs: 'prefecture' })).toBeNull();
    expect(exclusionReason({ code: '370781', name: '青州市', listedAs: 'county', parentName: '潍坊市' })).toBeNull();
    expect(exclusionReason({ code: '429021', name: '神农架林区', listedAs: 'county' })).toBeNull();
  });
});

describe('the tree built from the installed packages', () => {
  const { rows, excluded } = buildDivisions(readStatisticsRows(), readMapFeatures());
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const childrenOf = (code) => rows.filter((r) => r.parentCode === code);

  it('covers mainland China down to the county level, each code once', () => {
    expect(byCode.size).toBe(rows.length);
    expect(rows.filter((r) => r.level === 'province')).toHaveLength(31);
    expect(rows.filter((r) => r.level === 'prefecture').length).toBeGreaterThan(330);
    expect(rows.filter((r) => r.level === 'county').length).toBeGreaterThan(2800);
    expect(excluded.statistics_only?.length).toBeGreaterThan(100);
  });

  it('classifies the examples the travel allowances depend on', () => {
    expect(byCode.get('370102')).toMatchObject({
      name: '历下区',
      parentCode: '370100',
      kind: 'district',
    });
    expect(byCode.get('370114')).toMatchObject({ name: '章丘区', kind: 'district' });
    expect(byCode.get('370124')).toMatchObject({ name: '平阴县', kind: 'county' });
    expect(byCode.get('370781')).toMatchObject({ name: '青州市', kind: 'county_level_city' });
    expect(byCode.get('370100')).toMatchObject({ kind: 'prefecture_city', parentCode: '370000' });
    expect(byCode.get('110101')).toMatchObject({ kind: 'district', parentCode: '110000' });
    expect(byCode.get('110000')).toMatchObject({ kind: 'municipality', parentCode: null });
    expect(byCode.get('429004')).toMatchObject({
      name: '仙桃市',
      kind: 'county_level_city',
      parentCode: '429000',
    });
    expect(byCode.get('429000')).toMatchObject({ kind: 'other', level: 'prefecture' });
    expect(byCode.get('441900')).toMatchObject({ kind: 'prefecture_city', level: 'prefecture' });
    expect(childrenOf('441900')).toHaveLength(0);
    expect(byCode.has('370176')).toBe(false);
  });

  it('has Shandong with 16 prefecture-level cities and Jinan with 12 county-level units', () => {
    expect(childrenOf('370000').every((r) => r.kind === 'prefecture_city')).toBe(true);
    expect(childrenOf('370000')).toHaveLength(16);
    expect(childrenOf('370100').map((r) => r.name)).toEqual([
      '历下区',
      '市中区',
      '槐荫区',
      '天桥区',
      '历城区',
      '长清区',
      '章丘区',
      '济阳区',
      '莱芜区',
      '钢城区',
      '平阴县',
      '商河县',
    ]);
  });

  it('gives every division a point, its own for all of Shandong', () => {
    const jinan = byCode.get('370102');
    expect(jinan.lat).toBeCloseTo(36.66, 1);
    expect(jinan.lng).toBeCloseTo(117.04, 1);
    expect(rows.filter((r) => r.code.startsWith('37') && r.approximate)).toHaveLength(0);
    expect(rows.filter((r) => r.approximate).length).toBeLessThan(40);
  });

  it('writes a CSV the server can split on commas', () => {
    const lines = toCsv(rows, 'test').trimEnd().split('\n');
    expect(lines[0]).toBe('# source: test');
    expect(lines[1]).toBe('code,parent_code,level,kind,name,lat,lng,approximate');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.every((l, i) => i === 0 || l.split(',').length === 8)).toBe(true);
    expect(lines).toContain('370102,370100,county,district,历下区,36.664169,117.038620,0');
  });
});
