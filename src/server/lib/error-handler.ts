// Maps every failure to {"error":{"code","message"}} with the right status, in one place.
import type { FastifyError, FastifyInstance } from 'fastify';
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

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
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
