// Every page of every role, at 1440×900 and on a 390×844 phone: nothing wider than the screen,
// nothing cut. The pages come from src/web/routes.tsx, so a new page is checked as soon as it is
// added (a new address with a parameter needs a line in DETAIL below).
// LAYOUT_PATHS=regexp checks only the matching addresses (while fixing); LAYOUT_SHOTS=1 also saves a full-page screenshot of each (screenshots/layout-*.png).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../src/web/api/me';
import { canSee, routes } from '../src/web/routes';
import { apiAs, newPage, open, screenshot } from './harness';
import { layoutProblems } from './layout';

const WIDE = { width: 1440, height: 900 };

const ROLES: [string, Role][] = [
  ['admin', 'admin'],
  ['sngv', 'focal'],
  ['lanhdao', 'leader'],
  ['svhttdl', 'officer'],
  ['svhttdl.tt', 'head'],
];

/** Where a route's `:id` comes from: the first record of this list, as the same person sees it. */
const DETAIL: Record<string, string> = {
  '/van-ban/:id': '/documents',
  '/nhiem-vu/:id': '/tasks',
  '/giao-viec/:id': '/assignments',
  '/cam-ket/:id': '/commitments',
  '/ke-hoach-nam/:id': '/annual-plans', // not paged
  '/ky-bao-cao/:id': '/report-rounds',
};
/**
 * Records reached through another record: the first submission of the first report round; a
 * unit's results page, the reader's own unit (a unit's people may open no other) or the first.
 */
const NESTED: Record<string, (api: ReturnType<typeof apiAs>) => Promise<string | undefined>> = {
  '/don-vi/:id': async (api) =>
    (await api.get('/auth/session')).me?.unit?.id ?? (await api.get('/units?pageSize=1')).items[0]?.id,
  '/bao-cao-don-vi/:id': async (api) => {
    const round = (await api.get('/report-rounds?pageSize=1')).items[0];
    return round ? (await api.get(`/report-rounds/${round.id}/submissions`)).items[0]?.id : undefined;
  },
};
const UNPAGED = new Set(['/annual-plans']);

/** Records opened in a drawer on a list page (`?id=`). */
const DRAWERS: [string, string, Role[]][] = [
  ['/don-vi', '/units', ['admin', 'focal', 'leader']],
  ['/nguoi-dung', '/users', ['admin']],
];

async function pathsFor(username: string, role: Role): Promise<string[]> {
  const api = apiAs(username);
  const paths: string[] = [];
  for (const route of routes) {
    if (!canSee(route, role)) continue;
    if (!route.path.includes(':')) {
      paths.push(route.path);
      continue;
    }
    const nested = NESTED[route.path];
    if (nested) {
      const id = await nested(api);
      if (id) paths.push(route.path.replace(':id', id));
      continue;
    }
    const list = DETAIL[route.path];
    if (!list) throw new Error(`layout.e2e.ts: say in DETAIL where ${route.path} gets its id`);
    const first = (await api.get(UNPAGED.has(list) ? list : `${list}?pageSize=1`)).items[0];
    if (first) paths.push(route.path.replace(':id', first.id));
  }
  for (const [path, list, roles] of DRAWERS) {
    if (!roles.includes(role)) continue;
    const first = (await api.get(`${list}?pageSize=1`)).items[0];
    if (first) paths.push(`${path}?id=${first.id}`);
  }
  return paths;
}

async function check(page: Page, path: string, tablesFit: boolean, shot: string): Promise<string[]> {
  await open(page, path);
  const problems = await layoutProblems(page, { tablesFit });
  if (process.env.LAYOUT_SHOTS) await screenshot(page, shot, { fullPage: true });
  return problems.map((p) => `${path}: ${p}`);
}

const slug = (path: string) =>
  path
    .replace(/\?id=.*/, '-drawer')
    .replace(/[^a-z0-9-]+/gi, '-')
    .replace(/^-|-$/g, '') || 'home';

describe('no page is wider than the screen or cuts its content', () => {
  it.each(ROLES.flatMap(([u, r]) => [[u, r, 'desktop'] as const, [u, r, 'phone'] as const]))(
    '%s (%s) on a %s',
    async (username, role, size) => {
      const phone = size === 'phone';
      const page = await newPage({ as: username, phone });
      if (!phone) await page.setViewportSize(WIDE);
      const problems: string[] = [];
      const only = process.env.LAYOUT_PATHS ? new RegExp(process.env.LAYOUT_PATHS) : null;
      for (const path of await pathsFor(username, role)) {
        if (only && !only.test(path)) continue;
        problems.push(...(await check(page, path, !phone, `layout-${username}-${size}-${slug(path)}`)));
      }
      await page.context().close();
      expect(problems.join('\n')).toBe('');
    },
    240_000,
  );

  it.each([
    ['desktop', false],
    ['phone', true],
  ] as const)('the sign-in page on a %s', async (size, phone) => {
    const page = await newPage({ phone });
    if (!phone) await page.setViewportSize(WIDE);
    const problems = await check(page, '/dang-nhap', !phone, `layout-login-${size}`);
    await page.context().close();
    expect(problems.join('\n')).toBe('');
  });
});
