// Test data for assignments, created through the API.
import type { TestApp } from '../../test/harness.js';
import { buildTask, type TaskInput } from '../tasks/factories.js';

export async function assign(t: TestApp, taskId: string, body: Record<string, unknown>, as = 'sngv') {
  const res = await t.api(as, 'POST', `/api/tasks/${taskId}/assignments`, body);
  if (res.statusCode !== 201) throw new Error(`assign: ${res.statusCode} ${res.body}`);
  return res.json() as {
    created: { id: string; unitId: string; unitName: string; period: string; dueOn: string | null }[];
    unmatched: string[];
    skipped: unknown[];
  };
}

/** A task given to the listed units (by code); returns the task and one assignment id per code. */
export async function buildAssignments(t: TestApp, codes: string[], task: TaskInput = {}) {
  const created = await buildTask(t, task);
  const units = await Promise.all(codes.map((c) => t.unitByCode(c)));
  const r = await assign(t, created.id, { unitIds: units.map((u) => u.id) });
  const byCode = Object.fromEntries(
    codes.map((c, i) => [c, r.created.find((a) => a.unitId === units[i]!.id)!.id]),
  );
  return { task: created, ids: byCode as Record<string, string> };
}

export { FOOTNOTE_2 } from './demo-data.js';

/**
 * The test app with sign-ins renewed whenever its clock has moved to another day: sessions last
 * seven days of the app's clock, and tests that walk past a deadline move it further than that.
 */
export function freshSessions(t: TestApp): TestApp {
  // one sign-in per person and day, even for simultaneous calls (a burst of sign-ins to one
  // account is slowed like a burst of guesses)
  const cookies = new Map<string, Promise<string>>();
  function login(as: string): Promise<string> {
    const key = `${as}@${t.clock.today()}`;
    let cookie = cookies.get(key);
    if (!cookie) {
      cookie = t.app
        .inject({ method: 'POST', url: '/api/auth/login', payload: { username: as, password: 'demo123' } })
        .then((res) => {
          const set = res.cookies.find((c) => c.name === 'doingoai_sid');
          if (!set) throw new Error(`login ${as} failed: ${res.statusCode} ${res.body}`);
          return `doingoai_sid=${set.value}`;
        });
      cookies.set(key, cookie);
    }
    return cookie;
  }
  const api: TestApp['api'] = async (as, method, url, payload) =>
    t.app.inject({
      method,
      url,
      headers: as ? { cookie: await login(as) } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  return { ...t, login, api };
}
