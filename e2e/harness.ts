// Helpers for browser journeys. The run's server is started once by e2e/global-setup.ts; each
// test file gets its own Chromium (launched on first use, closed after the file).
//
//   import { apiAs, loginAs, newPage, screenshot, url } from './harness';
//   const page = await newPage({ as: 'sngv', phone: true });
//   await page.goto(url('/don-vi'));
//
// Seed through the API (`apiAs`), sign in through the API (`loginAs`/`newPage({as})`); only
// the sign-in journey itself goes through the form.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { ROOT } from './server';

export const DEMO_PASSWORD = 'demo123';
export const DESKTOP = { width: 1366, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;
export const SCREENSHOTS_DIR = join(ROOT, 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The base address of the server under test, e.g. http://127.0.0.1:41234. */
export function baseURL(): string {
  return process.env.E2E_BASE_URL?.replace(/\/$/, '') ?? inject('e2eBaseURL');
}

/** An absolute address on the server under test. */
export const url = (path: string) => `${baseURL()}${path}`;

let browserPromise: Promise<Browser> | null = null;
const contexts = new Set<BrowserContext>();

/**
 * This file's Chromium (Debian's /usr/bin/chromium). Playwright gives every launch a fresh
 * temporary user-data-dir, and every context below is isolated (own cookies and storage).
 */
export function browser(): Promise<Browser> {
  browserPromise ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return browserPromise;
}

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  contexts.clear();
  if (browserPromise) await (await browserPromise).close();
  browserPromise = null;
});

export interface NewPageOptions {
  /** Sign in as this demo user (through the API) before returning. */
  as?: string;
  /** A 390×844 touch phone instead of a 1366×800 desktop. */
  phone?: boolean;
}

/** A page in a fresh browser context (its own cookies), in Vietnamese and Gia Lai's time zone. */
export async function newPage(opts: NewPageOptions = {}): Promise<Page> {
  const context = await (await browser()).newContext({
    baseURL: baseURL(),
    viewport: opts.phone ? PHONE : DESKTOP,
    isMobile: opts.phone ?? false,
    hasTouch: opts.phone ?? false,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`[browser] ${err.message}`));
  if (opts.as) await loginAs(page, opts.as);
  return page;
}

async function login(username: string, password: string): Promise<{ token: string; me: unknown }> {
  const res = await fetch(url('/api/auth/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(body)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('doingoai_sid='));
  const token = cookie?.split(';')[0]?.slice('doingoai_sid='.length);
  if (!token) throw new Error(`login ${username}: no session cookie`);
  return { token, me: body };
}

/** A sign-in attempt through the API, for tests of the answer itself (it never throws). */
export async function tryLogin(username: string, password: string): Promise<ApiResponse> {
  const res = await fetch(url('/api/auth/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** Signs the page's context in as `username` through POST /api/auth/login (no form). */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const { token } = await login(username, password);
  await page.context().addCookies([{ name: 'doingoai_sid', value: token, url: baseURL(), httpOnly: true }]);
}

// biome-ignore lint/suspicious/noExplicitAny: test code reads JSON answers freely
export type Json = any;

export interface ApiResponse {
  status: number;
  body: Json;
}

export interface ApiClient {
  /** Any call; never throws on an HTTP error status. */
  request(method: string, path: string, body?: unknown): Promise<ApiResponse>;
  /** GET/POST/PATCH/DELETE that throw unless the answer is 2xx, returning the JSON body. */
  get(path: string): Promise<Json>;
  post(path: string, body?: unknown): Promise<Json>;
  patch(path: string, body: unknown): Promise<Json>;
  del(path: string): Promise<Json>;
}

const sessions = new Map<string, Promise<string>>();

/** An API client signed in as `username` (one session per user and test file), for seeding. */
export function apiAs(username: string, password = DEMO_PASSWORD): ApiClient {
  const token = () => {
    let t = sessions.get(username);
    if (!t) {
      t = login(username, password).then((r) => r.token);
      t.catch(() => sessions.delete(username));
      sessions.set(username, t);
    }
    return t;
  };
  const request = async (method: string, path: string, body?: unknown): Promise<ApiResponse> => {
    const headers: Record<string, string> = { cookie: `doingoai_sid=${await token()}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url(path.startsWith('/api') ? path : `/api${path}`), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Json = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (a file): keep the text
    }
    return { status: res.status, body: parsed };
  };
  const ok = async (method: string, path: string, body?: unknown) => {
    const res = await request(method, path, body);
    if (res.status < 200 || res.status >= 300)
      throw new Error(`${method} ${path} as ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    request,
    get: (path) => ok('GET', path),
    post: (path, body) => ok('POST', path, body ?? {}),
    patch: (path, body) => ok('PATCH', path, body),
    del: (path) => ok('DELETE', path),
  };
}

/** Waits until the page's data has loaded: no pending requests and no spinning antd spinner. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** Opens a path of the app and waits for it to settle. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(url(path));
  await settle(page);
}

/** Saves screenshots/<name>.png (gitignored) and returns its path. Look at it. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await settle(page);
  await page.screenshot({ path, fullPage: opts.fullPage ?? false, animations: 'disabled' });
  return path;
}

/** A unique suffix for test data, so files that share the run's server never collide. */
export const uniq = (prefix = '') =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
