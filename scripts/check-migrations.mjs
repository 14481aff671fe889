// Fails when the Drizzle schema has changes that drizzle/ does not hold yet: drizzle-kit generates
// into a copy of drizzle/, and any new migration there means `npm run db:generate` was forgotten.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const migrations = join(root, 'drizzle');
const stale = 'Migrations are out of date: run npm run db:generate';

const sqlFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sql')) : []);

if (!existsSync(join(migrations, 'meta/_journal.json'))) {
  console.error(`No migrations in drizzle/. ${stale}`);
  process.exit(1);
}

// drizzle-kit only accepts an output folder relative to the working directory.
const tmp = join(root, '.tmp', `migrations-check-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
function check() {
  cpSync(migrations, tmp, { recursive: true });
  const run = spawnSync(
    join(root, 'node_modules/.bin/drizzle-kit'),
    [
      'generate',
      '--dialect=postgresql',
      '--schema=./src/server/db/schema/index.ts',
      `--out=./${relative(root, tmp)}`,
    ],
    // No stdin: a change drizzle-kit would ask about (a rename?) ends the run instead of waiting.
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const added = sqlFiles(tmp).filter((f) => !sqlFiles(migrations).includes(f));
  if (added.length) {
    console.error(stale);
    for (const f of added) console.error(`\n-- would add ${f}:\n${readFileSync(join(tmp, f), 'utf8')}`);
    return false;
  }
  const failed = run.status !== 0 || run.error || /^\s*Error\b|\bError:/m.test(output);
  if (failed || !/No schema changes/.test(output)) {
    console.error(output.trim());
    console.error(run.error ? `drizzle-kit did not finish (${run.error.message}).` : '');
    console.error(`Could not confirm the migrations match the schema. ${stale}`);
    return false;
  }
  console.log('Migrations are up to date with the schema.');
  return true;
}

try {
  process.exitCode = check() ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
