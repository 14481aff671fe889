// Admission under load: the embedded database (PGlite) runs one query at a time, so requests
// beyond what it can serve wait in a bounded queue for a bounded time and are otherwise answered
// 503 DB_BUSY with Retry-After at once, instead of piling up until every client times out.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

export interface AdmissionOptions {
  /** Requests served at once. */
  concurrency: number;
  /** Requests allowed to wait; one more is refused at once. */
  queue: number;
  /** Longest wait before a queued request is refused. */
  waitMs: number;
}

/** The default for PGlite: a few in flight (it serialises them anyway), a queue of seconds. */
export const PGLITE_ADMISSION: AdmissionOptions = { concurrency: 8, queue: 256, waitMs: 5000 };

export class Gate {
  private active = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly opts: AdmissionOptions) {}

  get stats() {
    return { active: this.active, waiting: this.waiting.length };
  }

  /** Resolves with the release function, or rejects with DB_BUSY (queue full or wait too long). */
  enter(): Promise<() => void> {
    const release = this.releaser();
    if (this.active < this.opts.concurrency) {
      this.active++;
      return Promise.resolve(release);
    }
    if (this.waiting.length >= this.opts.queue) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          this.active++;
          resolve(release);
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(busy());
        }, this.opts.waitMs),
      };
      this.waiting.push(entry);
    });
  }

  private releaser() {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.active--;
      this.waiting.shift()?.grant();
    };
  }
}

const busy = () => new AppError('DB_BUSY', undefined, { retryAfter: 2 });

declare module 'fastify' {
  interface FastifyRequest {
    admissionRelease?: () => void;
  }
}

/** Every /api request but the health check passes the gate; it leaves when its answer is sent. */
export function registerAdmission(app: FastifyInstance, opts: AdmissionOptions): Gate {
  const gate = new Gate(opts);
  const leave = async (request: FastifyRequest) => request.admissionRelease?.();
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/health')) return;
    request.admissionRelease = await gate.enter();
  });
  app.addHook('onResponse', leave);
  app.addHook('onRequestAbort', leave);
  return gate;
}
