// What every module is built with. Plain data, no container: a module takes what it uses.
import type { MailSettings } from './config.js';
import type { Db, DbKind } from './db/client.js';
import type { Clock } from './lib/clock.js';

export interface AppContext {
  db: Db;
  dbKind: DbKind;
  clock: Clock;
  /** Cookies get the Secure flag (behind HTTPS in production). */
  secureCookies: boolean;
  /** SMTP and the public address; absent in tests that do not send mail. */
  mail?: MailSettings;
}

export type { FastifyZod } from './lib/fastify-zod.js';
