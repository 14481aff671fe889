// Starts the product: open the database, migrate, seed what a fresh database needs, serve.
import { mkdirSync } from 'node:fs';
import { buildApp } from './app.js';
import { startBackground } from './background.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { DEMO_PASSWORD, demoAccounts } from './db/seed/demo-users.js';
import { seedDatabase } from './db/seed/index.js';
import { systemClock } from './lib/clock.js';
import { reportStaffAccounts } from './modules/report-rounds/demo-seed.js';

const started = performance.now();
const config = readConfig();
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
await migrateDatabase(database, { ownerUrl: config.migrationDatabaseUrl });
const seeded = await seedDatabase(database.db, systemClock, { demo: config.demo });

const app = await buildApp(
  {
    db: database.db,
    dbKind: database.kind,
    clock: systemClock,
    secureCookies: config.secureCookies,
    mail: config.mail,
  },
  { logger: { level: config.logLevel }, trustProxy: config.trustProxy },
);
await app.listen({ port: config.port, host: config.host });
const background = startBackground({ db: database.db, clock: systemClock, mail: config.mail, log: app.log });

const where = config.databaseUrl ? 'PostgreSQL' : `PGlite tại ${config.dataDir}`;
const lines = [
  '',
  `doingoai đang chạy: http://localhost:${config.port}  (CSDL: ${where}; sẵn sàng sau ${Math.round(performance.now() - started)} ms)`,
  `API: http://localhost:${config.port}/api/docs`,
];
if (seeded.units) lines.push(`Đã nạp danh mục ${seeded.units} đơn vị.`);
if (config.demo) {
  lines.push(`Tài khoản demo (mật khẩu ${DEMO_PASSWORD}):`);
  for (const a of demoAccounts) lines.push(`  ${a.username.padEnd(14)} ${a.description}`);
  lines.push(
    `  (cán bộ các đơn vị báo cáo trong kỳ báo cáo demo: ${reportStaffAccounts.map((a) => a.username).join(', ')})`,
  );
}
console.log(lines.join('\n'));

const shutdown = async () => {
  await background.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
