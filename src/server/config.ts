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
  mail: MailSettings;
}

export interface MailSettings {
  /** smtp://user:pass@host:587 or smtps://…; absent: mail waits in the outbox. */
  smtpUrl?: string;
  /** The sender, e.g. "Sở Ngoại vụ Gia Lai <theodoi@sngv.gialai.gov.vn>". */
  from: string;
  /** The product's address as users reach it: links in e-mails and calendar feeds. */
  publicUrl: string;
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
    mail: {
      smtpUrl: env.SMTP_URL || undefined,
      from: env.MAIL_FROM || 'Sở Ngoại vụ Gia Lai <no-reply@localhost>',
      publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    },
  };
}
