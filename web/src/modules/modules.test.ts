import { describe, expect, it } from 'vitest';
import * as schema from '@/api/schema';
import contract from '@/api/openapi.json';
import { MODULES, NAV_ITEMS } from './index';
import { listPathOf } from './types';

/** Every permission the contract knows: the union of each area's `<Area>Permission` enum. */
function contractPermissions(): Set<string> {
  const schemas = contract.components.schemas as Record<string, { enum?: string[]; anyOf?: { $ref: string }[] }>;
  const out = new Set<string>();
  for (const ref of schemas.Permission?.anyOf ?? []) {
    const name = ref.$ref.split('/').pop() ?? '';
    for (const value of schemas[name]?.enum ?? []) out.add(value);
  }
  return out;
}

/** The generated `*PermissionValues` arrays (openapi-typescript --enum-values). */
function generatedPermissions(): Set<string> {
  const out = new Set<string>();
  for (const [name, value] of Object.entries(schema)) {
    if (name.endsWith('PermissionValues') && Array.isArray(value)) for (const v of value) out.add(String(v));
  }
  return out;
}

describe('capability modules', () => {
  const permissions = contractPermissions();

  it('the generated permission values are exactly the contract permissions', () => {
    expect(permissions.size).toBeGreaterThan(10);
    expect([...generatedPermissions()].sort()).toEqual([...permissions].sort());
  });

  it('every nav entry needs a permission that exists and opens a route of its own module', () => {
    for (const m of MODULES) {
      for (const item of m.nav) {
        expect(permissions.has(item.permission), `${m.name}: ${item.name} needs ${item.permission}`).toBe(true);
        const route = [...m.routes, ...(m.bareRoutes ?? [])].find((r) => r.name === item.name);
        expect(route, `${m.name}: no route named ${item.name}`).toBeDefined();
        expect(route && listPathOf(route)).toBe(item.path);
        expect(route?.meta?.permission).toBe(item.permission);
      }
    }
  });

  it('every page route names a permission that exists, and route names are unique', () => {
    const names = new Set<string>();
    for (const m of MODULES) {
      for (const route of [...m.routes, ...(m.bareRoutes ?? [])]) {
        const permission = route.meta?.permission;
        expect(permission && permissions.has(permission), `${m.name}: ${String(route.name)}`).toBe(true);
        expect(names.has(String(route.name)), `route ${String(route.name)} twice`).toBe(false);
        names.add(String(route.name));
      }
    }
  });

  it('the menu lists every module entry once, in order', () => {
    expect(NAV_ITEMS.length).toBe(MODULES.reduce((n, m) => n + m.nav.length, 0));
    const orders = NAV_ITEMS.map((item) => item.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
