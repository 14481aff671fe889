// Maps every failure to {"error":{"code","message"}} with the right status, in one place.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorCatalogue } from './errors.js';

type Issue = { instancePath?: string; message?: string; params?: { issue?: { path?: unknown[] } } };

function fieldOf(issue: Issue): string {
  const path = issue.params?.issue?.path;
  if (Array.isArray(path) && path.length) return path.join('.');
  return (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
}

const FASTIFY_CODES: Record<string, keyof typeof errorCatalogue> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** PostgreSQL error classes a request can cause (bad data, not a fault): SQLSTATE → code. */
const DB_CODES: Record<string, keyof typeof errorCatalogue> = {
  '23503': 'REFERENCE_NOT_FOUND', // foreign_key_violation
  '23505': 'CONFLICT', // unique_violation
  '23502': 'VALIDATION_ERROR', // not_null_violation
  '23514': 'VALIDATION_ERROR', // check_violation
  '22001': 'VALIDATION_ERROR', // string_data_right_truncation
  '22003': 'VALIDATION_ERROR', // numeric_value_out_of_range
  '22007': 'VALIDATION_ERROR', // invalid_datetime_format
  '22008': 'VALIDATION_ERROR', // datetime_field_overflow
  '22021': 'TEXT_HAS_NUL', // character_not_in_repertoire (NUL in text)
  '22P02': 'VALIDATION_ERROR', // invalid_text_representation
  '22P05': 'TEXT_HAS_NUL', // untranslatable_character
  '40001': 'CONFLICT', // serialization_failure
  '40P01': 'CONFLICT', // deadlock_detected
  '55P03': 'DB_BUSY', // lock_not_available
  '57014': 'DB_BUSY', // query_canceled (statement timeout)
  '53300': 'DB_BUSY', // too_many_connections
};

/** The SQLSTATE of a database error, from either driver (Drizzle wraps it in `cause`). */
export function sqlStateOf(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * The database is out of reach (PostgreSQL restarting or gone, the network cut): not the
 * request's fault nor a bug. Node's socket errors, SQLSTATE class 08 and the shutdown codes 57P0x,
 * and pg's messages for a connection that died under a statement.
 */
export function dbUnreachable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 4;
    i++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|57P0[123]|08...)$/.test(code)) return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|not queryable|terminating connection/.test(e.message)
    )
      return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** The product's envelope for an error raised before routing (a malformed URL). */
export function frameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  reply.code(status).send({ error: { code: 'BAD_REQUEST', message: errorCatalogue.BAD_REQUEST[1] } });
}

/** A NUL character anywhere in a string of `v` (PostgreSQL text cannot hold one): its path. */
export function nulPath(v: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path.join('.') || '(giá trị)' : null;
  if (depth > 32 || v === null || typeof v !== 'object') return null;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k.includes('\u0000')) return [...path, k].join('.');
    const found = nulPath(x, [...path, k], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export function registerErrorHandling(app: FastifyInstance) {
  // Text with a NUL is refused before any route sees it: params, query and JSON bodies alike.
  app.addHook('preValidation', async (request) => {
    const where =
      nulPath(request.params, ['params']) ??
      nulPath(request.query, ['query']) ??
      nulPath(request.body, ['body']);
    if (where !== null)
      throw new AppError('TEXT_HAS_NUL', undefined, {
        details: [{ field: where, message: 'Chứa ký tự NUL.' }],
      });
  });

  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      if (err.retryAfter !== undefined)
        reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfter))));
      return reply.status(err.status).send({
        error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = (err.validation as Issue[]).map((i) => ({ field: fieldOf(i), message: i.message }));
      const first = details[0];
      const message = first
        ? `Dữ liệu không hợp lệ${first.field ? ` ở trường "${first.field}"` : ''}: ${first.message}`
        : errorCatalogue.VALIDATION_ERROR[1];
      return reply.status(400).send({ error: { code: 'VALIDATION_ERROR', message, details } });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response does not match its schema');
      return reply.status(500).send({ error: { code: 'INTERNAL', message: errorCatalogue.INTERNAL[1] } });
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (err instanceof SyntaxError || (status === 400 && /JSON/i.test(err.message))) {
      return reply
        .status(400)
        .send({ error: { code: 'INVALID_JSON', message: errorCatalogue.INVALID_JSON[1] } });
    }
    if (dbUnreachable(err)) {
      request.log.error({ route: request.routeOptions?.url, reason: err.message }, 'database unreachable');
      reply.header('retry-after', '5');
      return reply
        .status(503)
        .send({ error: { code: 'DB_UNAVAILABLE', message: errorCatalogue.DB_UNAVAILABLE[1] } });
    }
    const state = sqlStateOf(err);
    const dbMapped = state ? DB_CODES[state] : undefined;
    if (dbMapped) {
      const [dbStatus, message] = errorCatalogue[dbMapped];
      // worth knowing, not a fault: logged without the statement's parameters
      request.log.warn({ sqlState: state, route: request.routeOptions?.url }, 'database refused the request');
      if (dbStatus === 503) reply.header('retry-after', '2');
      return reply.status(dbStatus).send({ error: { code: dbMapped, message } });
    }
    const mapped = FASTIFY_CODES[(err as FastifyError).code ?? ''];
    if (mapped) {
      const [mappedStatus, message] = errorCatalogue[mapped];
      return reply.status(mappedStatus).send({ error: { code: mapped, message } });
    }
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send({ error: { code: 'BAD_REQUEST', message: errorCatalogue.BAD_REQUEST[1] } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: errorCatalogue.INTERNAL[1] } });
  });

  app.setNotFoundHandler((request, reply) => {
    const [status, message] = errorCatalogue.ROUTE_NOT_FOUND;
    reply.status(status).send({
      error: {
        code: 'ROUTE_NOT_FOUND',
        message: `${message} (${request.method} ${request.url.split('?')[0]})`,
      },
    });
  });
}
