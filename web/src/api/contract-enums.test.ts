import { describe, expect, it } from 'vitest';
import { LOCALES, loadMessages } from '@/locales';
import contract from './openapi.json';
import * as schema from './schema';

type EnumSchema = { enum?: string[] };

const schemas = contract.components.schemas as Record<string, EnumSchema>;
/** Named enums that are labels-free by design: permissions are never shown as text. */
const UNLABELLED = /Permission$/;

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function lookup(messages: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

const namedEnums = Object.entries(schemas).filter(([, s]) => Array.isArray(s.enum));

describe('enums: contract, generated TypeScript and locales agree', () => {
  it('finds the named enums', () => {
    expect(namedEnums.map(([name]) => name)).toEqual(expect.arrayContaining(['Role', 'Grade', 'ErrorCode']));
  });

  for (const [name, s] of namedEnums) {
    it(`${name}: the generated value list is the contract's`, () => {
      const generated = (schema as Record<string, unknown>)[`${lowerFirst(name)}Values`];
      expect(generated, `no ${lowerFirst(name)}Values in schema.ts`).toEqual(s.enum);
    });

    if (UNLABELLED.test(name)) continue;
    it(`${name}: every value has a label in ${LOCALES.join(', ')}`, () => {
      const messages = loadMessages();
      for (const locale of LOCALES) {
        for (const value of s.enum ?? []) {
          // Error codes are labelled under errors.<CODE>; every other enum under enums.<name>.<value>.
          const path = name === 'ErrorCode' ? ['errors', value] : ['enums', lowerFirst(name), value];
          const label = lookup(messages[locale] as Record<string, unknown>, path);
          expect(typeof label === 'string' && label.length > 0, `${locale}: ${path.join('.')}`).toBe(true);
        }
      }
    });
  }
});
