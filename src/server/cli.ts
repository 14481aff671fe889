// Administration commands: `npm run cli -- create-admin --username U --name "Họ tên" [--password P]`.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { readConfig } from './config.js';
import { backupDatabase, restoreDatabase } from './db/backup.js';
import { openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { users } from './db/schema/users.js';
import { seedDatabase } from './db/seed/index.js';
import { recordAudit } from './lib/audit.js';
import { verifyAuditChain } from './lib/audit-chain.js';
import { systemClock } from './lib/clock.js';
import { hashPassword } from './lib/passwords.js';
import { searchText } from './lib/search.js';

const [command, ...rest] = process.argv.slice(2);
const usage = [
  'Cách dùng:',
  '  npm run cli -- create-admin --username <tên> [--name "Họ tên"] [--password <mật khẩu>]',
  '  npm run cli -- audit-verify      kiểm tra chuỗi băm của nhật ký thay đổi',
  '  npm run cli -- backup <tệp>      sao lưu toàn bộ dữ liệu (máy chủ có thể đang chạy)',
  '  npm run cli -- restore <tệp>     khôi phục (thay toàn bộ dữ liệu; CSDL nhúng: dừng máy chủ trước)',
].join('\n');

async function createAdmin() {
  const { values } = parseArgs({
    args: rest,
    options: { username: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  const username = values.username?.trim().toLowerCase();
  if (!username || !/^[a-z0-9._-]{3,60}$/.test(username))
    throw new Error(`Tên đăng nhập không hợp lệ.\n${usage}`);
  let password = values.password ?? process.env.ADMIN_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    password = await rl.question('Mật khẩu (ít nhất 8 ký tự): ');
    rl.close();
  }
  if (!password || password.length < 8) throw new Error('Mật khẩu phải có ít nhất 8 ký tự.');
  const config = readConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await migrateDatabase(database, { ownerUrl: config.migrationDatabaseUrl });
    await seedDatabase(database.db, systemClock, { demo: false });
    const [exists] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, username));
    if (exists) throw new Error(`Tên đăng nhập "${username}" đã tồn tại.`);
    const fullName = values.name?.trim() || 'Quản trị hệ thống';
    const passwordHash = await hashPassword(password);
    await database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ username, fullName, role: 'admin', passwordHash, search: searchText(username, fullName) })
        .returning();
      await recordAudit(tx, null, { entity: 'user', entityId: row!.id, action: 'create', after: row });
    });
    console.log(`Đã tạo quản trị viên "${username}".`);
  } finally {
    await database.close();
  }
}

async function openConfigured() {
  const config = readConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  return { config, database };
}

/** `audit-verify`: checks the audit log's hash chain; exit code 1 when it is broken. */
async function auditVerify() {
  const { database } = await openConfigured();
  try {
    const report = await verifyAuditChain(database.db);
    console.log(
      `Nhật ký thay đổi: ${report.entries} mục; đầu chuỗi thứ ${report.head.seq}, mã ${report.head.hash || '(trống)'}`,
    );
    if (report.ok) console.log('Chuỗi băm toàn vẹn: không mục nào bị sửa, xóa hay chèn thêm.');
    else {
      console.log('CHUỖI BĂM BỊ PHÁ VỠ:');
      for (const p of report.problems) console.log(`  - ${p}`);
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

/**
 * `backup FILE`: every table to a gzip JSON-lines file, from one snapshot (the server may run).
 * `restore FILE`: replaces every row, in one transaction, as the owner (MIGRATION_DATABASE_URL
 * when set); with the embedded database the server must be stopped (one process per folder).
 */
async function backupOrRestore(kind: 'backup' | 'restore') {
  const file = rest[0];
  if (!file) throw new Error(usage);
  const config = readConfig();
  const url = kind === 'restore' ? (config.migrationDatabaseUrl ?? config.databaseUrl) : config.databaseUrl;
  const database = await openDatabase({ url, dataDir: url ? undefined : config.dataDir });
  try {
    if (kind === 'backup') {
      const r = await backupDatabase(database.db, file);
      console.log(`Đã sao lưu ${r.rows} dòng của ${r.tables} bảng vào ${file}.`);
    } else {
      await migrateDatabase(database);
      const r = await restoreDatabase(database.db, file);
      console.log(`Đã khôi phục ${r.rows} dòng của ${r.tables} bảng từ ${file}.`);
      const chain = await verifyAuditChain(database.db);
      console.log(
        chain.ok ? 'Chuỗi băm nhật ký toàn vẹn.' : `Chuỗi băm nhật ký bị phá vỡ: ${chain.problems[0]}`,
      );
    }
  } finally {
    await database.close();
  }
}

try {
  if (command === 'create-admin') await createAdmin();
  else if (command === 'backup' || command === 'restore') await backupOrRestore(command);
  else if (command === 'audit-verify') await auditVerify();
  else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
