import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/client.js';
import { fixedClock } from '../src/server/lib/clock.js';
import { DEMO_PASSWORD } from '../src/server/db/seed/demo-users.js';
import { BENCH_TODAY } from './generate.js';
const database = await openDatabase({ url: `postgres://postgres@127.0.0.1:5443/${process.argv[2]}` });
const app = await buildApp({ db: database.db, dbKind: database.kind, clock: fixedClock(BENCH_TODAY), secureCookies: false }, { serveWeb: false });
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sngv', password: DEMO_PASSWORD } });
const cookie = String(login.headers['set-cookie']).split(';')[0]!;
for (const url of process.argv.slice(3)) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = await app.inject({ method: 'GET', url, headers: { cookie } });
    times.push(performance.now() - t);
    if (r.statusCode !== 200) console.log(r.statusCode, r.body.slice(0, 200));
  }
  console.log(url, times.map((x) => x.toFixed(0)).join(' '));
}
await app.close(); await database.close();
