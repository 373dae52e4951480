import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadMessages } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

const messages = loadMessages();
const namespaces = new Set(LOCALES.flatMap((locale) => Object.keys(messages[locale])));

describe('locale files', () => {
  it('every locale has every namespace', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(messages[locale]).sort(), locale).toEqual([...namespaces].sort());
    }
  });

  for (const namespace of namespaces) {
    it(`namespace "${namespace}" has the same keys in ${LOCALES.join(', ')}`, () => {
      const sets = LOCALES.map((locale) => new Set(keysOf(messages[locale][namespace] ?? {})));
      const all = new Set(sets.flatMap((set) => [...set]));
      LOCALES.forEach((locale, index) => {
        const missing = [...all].filter((key) => !sets[index]?.has(key));
        expect(missing, `${locale}/${namespace}.json is missing keys`).toEqual([]);
      });
    });
  }

  it('no message is empty', () => {
    for (const locale of LOCALES) {
      for (const [namespace, content] of Object.entries(messages[locale])) {
        for (const key of keysOf(content)) {
          const value = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], content);
          expect(typeof value === 'string' && value.trim().length > 0, `${locale}/${namespace}: ${key}`).toBe(true);
        }
      }
    }
  });

  it('every literal key used in the source exists in zh-CN', () => {
    const root = join(__dirname, '..');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
          files.push(path);
        }
      }
    };
    walk(root);
    const zh = new Set(keysOf(messages['zh-CN']));
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        const key = match[1] ?? '';
        if (!zh.has(key)) missing.push(`${relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
