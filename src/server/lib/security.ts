// Browser hardening in one place: security headers on every answer (the app, the API, the API
// docs, files) and the Origin check that refuses writes sent by another site's page.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/**
 * The web app: its own scripts only (Vite emits no inline script), inline styles (Ant Design
 * writes its CSS-in-JS into <style> tags), images from itself, data: and blob: URLs; never framed.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON, files and everything else: nothing loads, nothing frames it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The API docs page: Swagger UI's own policy (its script hashes) with inline styles (it sets
 * style attributes), never framed, and no https upgrade (an intranet may serve plain http).
 */
export function docsCsp(header: string): string {
  return header
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^(upgrade-insecure-requests|frame-ancestors|style-src)\b/.test(d))
    .concat("style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'")
    .join('; ');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True when a write may come from this request's page: sent by no browser (no Origin, no
 * Sec-Fetch-Site: scripts, the CLI, tests), or by a page of this very host.
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin === undefined) return site === undefined || site === 'same-origin' || site === 'none';
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false; // "null" (a sandboxed page, a file) or garbage
  }
}

export function registerSecurity(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    if (!sameOrigin(request)) throw new AppError('ORIGIN_NOT_ALLOWED');
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy')) {
      const type = String(reply.getHeader('content-type') ?? '');
      reply.header('content-security-policy', type.startsWith('text/html') ? APP_CSP : API_CSP);
    }
    return payload;
  });
}
