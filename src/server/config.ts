// Settings from the environment, with the defaults that make `npm start` work on a fresh machine.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  /** The owner's URL: migrations run as it, the app as DATABASE_URL's role (PostgreSQL). */
  migrationDatabaseUrl?: string;
  dataDir: string;
  demo: boolean;
  secureCookies: boolean;
  logLevel: string;
  /** Proxies whose X-Forwarded-For is believed (default: loopback and private networks). */
  trustProxy?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    demo: env.DEMO !== '0',
    secureCookies: env.COOKIE_SECURE === '1',
    logLevel: env.LOG_LEVEL ?? 'warn',
    trustProxy: env.TRUST_PROXY || undefined,
  };
}
