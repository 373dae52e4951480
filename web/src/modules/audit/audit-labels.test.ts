import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadMessages } from '@/locales';

/** Every audit event the server's modules declare (`audit::AuditEvent kX{"entity", "action"}`). */
function declaredEvents(): { entity: string; action: string; file: string }[] {
  const root = join(__dirname, '../../../../server/src');
  const out: { entity: string; action: string; file: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('_actions.hpp')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/AuditEvent\s+k\w+\s*\{\s*"([a-z_]+)"\s*,\s*"([a-z_]+)"\s*\}/g)) {
          out.push({ entity: m[1] ?? '', action: m[2] ?? '', file: entry.name });
        }
      }
    }
  };
  walk(root);
  return out;
}

function lookup(messages: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('audit labels', () => {
  const events = declaredEvents();

  it('finds the events the server declares', () => {
    expect(events.length).toBeGreaterThan(10);
    expect(events).toContainEqual(expect.objectContaining({ entity: 'staff', action: 'leave' }));
  });

  it(`every declared entity type and action has a label in ${LOCALES.join(', ')}`, () => {
    const messages = loadMessages();
    const missing: string[] = [];
    for (const locale of LOCALES) {
      for (const { entity, action, file } of events) {
        for (const path of [
          ['enums', 'auditEntity', entity],
          ['enums', 'auditAction', action],
        ]) {
          const label = lookup(messages[locale] as Record<string, unknown>, path);
          if (typeof label !== 'string' || label === '') missing.push(`${locale}: ${path.join('.')} (${file})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
