// Rows of the lists are real links: an <a href> to the record (new tab, copy address from the
// context menu), a click anywhere on the row opens it, Ctrl-click opens it in a new tab.
import { describe, expect, it } from 'vitest';
import { newPage, open } from './harness';

const LISTS: [string, string, string, RegExp][] = [
  ['sngv', 'documents', '/van-ban', /^\/van-ban\/[0-9a-f-]{36}$/],
  ['sngv', 'tasks', '/nhiem-vu', /^\/nhiem-vu\/[0-9a-f-]{36}$/],
  ['sngv', 'assignments', '/giao-viec', /^\/giao-viec\/[0-9a-f-]{36}$/],
  ['sngv', 'obstacles', '/vuong-mac?xem=mo', /[?&]vm=[0-9a-f-]{36}/],
  ['sngv', 'activities', '/hoat-dong-doi-ngoai', /^\/cam-ket\?activityId=[0-9a-f-]{36}$/],
  ['sngv', 'commitments', '/cam-ket', /^\/cam-ket\/[0-9a-f-]{36}$/],
  ['svhttdl', 'the unit home', '/', /^\/giao-viec\/[0-9a-f-]{36}$/],
];

describe('list rows are links', () => {
  it.each(LISTS)('%s: %s', async (user, _name, path, href) => {
    const page = await newPage({ as: user });
    await open(page, path);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await row.waitFor();
    const link = row.locator('a[href]').first();
    expect(await link.getAttribute('href')).toMatch(href);
    // Ctrl-click on the row (not on the link) opens the record in a new tab
    const cell = row.locator('td').last();
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      cell.click({ modifiers: ['Control'] }),
    ]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname + new URL(tab.url()).search).toMatch(href);
    await tab.close();
    // a plain click on the row opens it here
    await cell.click();
    await page.waitForURL((u) => href.test(u.pathname + u.search));
    await page.context().close();
  });
});

describe('the task list of many documents', () => {
  it('numbers its rows 1, 2, 3… and names each task’s own number beside its document', async () => {
    const page = await newPage({ as: 'sngv' });
    await open(page, '/nhiem-vu');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    const n = await rows.count();
    expect(n).toBeGreaterThan(3);
    const numbers = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('td')?.textContent?.trim()),
    );
    // the demo's documents each number their tasks from 1: the column counts the list's rows instead
    expect(numbers).toEqual(Array.from({ length: n }, (_x, i) => String(i + 1)));
    const own = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        /Nhiệm vụ (\d+) của văn bản (\S+)/
          .exec(tr.textContent ?? '')
          ?.slice(1, 3)
          .join(' '),
      ),
    );
    expect(own.every(Boolean)).toBe(true);
    expect(new Set(own).size).toBe(n); // a task is told apart by its own number and its document
    expect(new Set(own.map((o) => o?.split(' ')[1])).size).toBeGreaterThan(1); // tasks of several documents
    await page.context().close();
  });
});
