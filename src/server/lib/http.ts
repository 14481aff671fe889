// Shared API shapes: paging, list envelopes, dates, errors. Every module's schema builds on these.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Ngày không tồn tại',
  );

export const uuidParam = z.strictObject({ id: z.uuid('Mã không hợp lệ') });

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
};

/**
 * An answer the database composed as JSON text (a list page: `json_agg` of its items inside the
 * envelope listOf() documents), sent as it is: neither parsed nor serialised again. The route's
 * schema still documents the shape; the route's tests check it.
 */
export function sendJsonText(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json);
}

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Response schemas for the errors any authenticated route can give. */
export const commonErrors = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
};

export const okBody = z.object({ ok: z.literal(true) });

/** A comma-separated list in a query string ("a,b") or repeated keys, as an array. */
export const csvList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item));
