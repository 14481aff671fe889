// Every kind of record and every action the server writes to the audit log has a Vietnamese
// label, so the log never shows a code. Reads the literals passed to recordAudit in the modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionLabels, entityLabels } from './audit-labels';

const modulesDir = fileURLToPath(new URL('../../server/modules', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function auditedCodes() {
  const entities = new Set<string>();
  const actions = new Set<string>();
  for (const file of sources(modulesDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAudit(')) continue;
    for (const m of text.matchAll(/\bentity: '([a-z_]+)'/g)) entities.add(m[1]!);
    for (const m of text.matchAll(/\baction: '([a-z_]+)'/g)) actions.add(m[1]!);
    // actions chosen at run time: `const action = … ? 'deactivate' : …;` (units service)
    for (const block of text.matchAll(/const action =([^;]+);/g))
      for (const m of block[1]!.matchAll(/'([a-z_]+)'/g)) actions.add(m[1]!);
  }
  return { entities, actions };
}

describe('audit labels', () => {
  const { entities, actions } = auditedCodes();

  it('finds the codes the modules write', () => {
    expect(entities).toContain('unit');
    expect(actions).toContain('deactivate');
  });

  it('names every kind of record in Vietnamese', () => {
    expect([...entities].filter((e) => !entityLabels[e])).toEqual([]);
  });

  it('names every action in Vietnamese', () => {
    expect([...actions].filter((a) => !actionLabels[a])).toEqual([]);
  });
});
