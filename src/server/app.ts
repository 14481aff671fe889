// Builds the Fastify app: plugins, the error handler, the modules, and the web app at '/'.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { type AdmissionOptions, PGLITE_ADMISSION, registerAdmission } from './lib/admission.js';
import { registerWriteGeneration } from './lib/coalesce.js';
import { frameworkError, registerErrorHandling } from './lib/error-handler.js';
import { docsCsp, registerSecurity } from './lib/security.js';
import { registerSessionHook } from './lib/session.js';
import { modules } from './modules/index.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The built web app; WEB_DIST points elsewhere (browser tests build their own copy). */
export const webDist = process.env.WEB_DIST || join(here, '../../dist/web');

/** Largest upload any route accepts; each upload route sets its own lower limit. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
  /** Told of every route as it is registered (tests enumerate the API with it). */
  onRoute?: (route: RouteOptions) => void;
  /**
   * Which proxies' X-Forwarded-For to believe (proxy-addr syntax: addresses, subnets,
   * `loopback`…). None unless configured: a client cannot pick the address its sign-in
   * attempts are counted against.
   */
  trustProxy?: string;
  /** Bounded queue in front of the API; by default on PGlite only (it serves one query at a time). */
  admission?: AdmissionOptions | false;
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}) {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    // a malformed URL (bad percent-encoding) answers the product's envelope too
    frameworkErrors: frameworkError as never,
    trustProxy: opts.trustProxy || false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerSecurity(app);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 5, fields: 30 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'doingoai API',
        description: 'API theo dõi, đôn đốc, tổng hợp nhiệm vụ hội nhập quốc tế — Sở Ngoại vụ',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'doingoai_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The docs page is public like the OpenAPI document.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config as object), public: true };
    opts.onRoute?.(route as RouteOptions);
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    staticCSP: true,
    transformStaticCSP: docsCsp,
  });

  const admission = opts.admission ?? (ctx.dbKind === 'pglite' ? PGLITE_ADMISSION : false);
  if (admission) registerAdmission(app, admission);
  registerSessionHook(app, ctx.db, () => ctx.clock.now());
  registerWriteGeneration(app, ctx.db);

  await app.register(
    async (api) => {
      for (const mod of modules) await mod.register(api as never, ctx);
    },
    { prefix: '/api' },
  );

  if (opts.serveWeb !== false && existsSync(webDist)) {
    await app.register(fastifyStatic, {
      root: webDist,
      preCompressed: true,
      wildcard: false,
      // Vite names assets by content hash: they never change under the same name.
      setHeaders: (res, path) => {
        if (path.includes(`${'/'}assets${'/'}`))
          res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    // Client-side routes get the app shell; unknown /api paths stay JSON 404s.
    app.get('/*', { schema: { hide: true }, config: { public: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
