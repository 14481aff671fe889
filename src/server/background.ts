// Work the server does on its own, on a timer: the daily reminder round at 07:30 Vietnam time
// (one server at a time, by a lease in the database: modules/reminders/sweep.ts; a server that
// was down runs it at its next start), the report rounds recurring schedules open on their cut-off
// (modules/report-rounds/schedules.ts), and sending the outbox (each message leased to one server).

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { MailSettings } from './config.js';
import type { Db } from './db/client.js';
import type { Clock } from './lib/clock.js';
import { createMailSender } from './modules/mail/sender.js';
import { runDailyIfDue } from './modules/reminders/sweep.js';
import { openScheduledRounds } from './modules/report-rounds/schedules.js';

export interface Background {
  /** One round now (tests, and the first round at start). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startBackground(opts: {
  db: Db;
  clock: Clock;
  mail: MailSettings;
  log?: FastifyBaseLogger;
  intervalMs?: number;
}): Background {
  const sender = createMailSender(opts.db, opts.mail);
  if (!sender) opts.log?.warn('SMTP_URL chưa được cấu hình: thư điện tử được giữ trong hộp thư đi.');
  const holder = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  let running: Promise<void> | null = null;
  const tick = async () => {
    if (running) return running;
    running = (async () => {
      try {
        await runDailyIfDue(opts.db, { today: opts.clock.today(), now: opts.clock.now(), holder });
      } catch (err) {
        opts.log?.error({ err }, 'reminder round failed');
      }
      try {
        for (const r of await openScheduledRounds(opts.db, opts.clock.today()))
          opts.log?.info(r, 'scheduled report round opened');
      } catch (err) {
        opts.log?.error({ err }, 'scheduled report rounds failed');
      }
      try {
        // drain what is due, a batch at a time
        while (sender && (await sender.sendDue(opts.clock.now())).sent >= 20);
      } catch (err) {
        opts.log?.error({ err }, 'background round failed');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(tick, opts.intervalMs ?? 30_000);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
      sender?.close();
    },
  };
}
