// `npm start`, second step: compile the server into one JavaScript file (dist/server/main.js)
// when it is missing or older than its sources. Running compiled code instead of TypeScript
// through tsx starts faster and saves ~80 MB of memory. Packages stay in node_modules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
// `node scripts/build-server.mjs [ENTRY OUTFILE]`: the bench compiles its app server the same way
// (bench/serve.ts → dist/bench/serve.js), so the memory it reports is the product's as shipped.
const entry = join(root, process.argv[2] ?? 'src/server/main.ts');
const outfile = join(root, process.argv[3] ?? 'dist/server/main.js');

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

const sources = Math.max(
  newest(join(root, 'src/server')),
  newest(join(root, 'src/shared')),
  newest(dirname(entry)),
  newest(join(root, 'package-lock.json')),
  newest(new URL(import.meta.url).pathname),
);

/**
 * Files find their data relative to themselves (`import.meta.url`: drizzle/, data-default/, sql/).
 * In the bundle each one keeps pointing at its own source location, relative to the bundle.
 */
const keepOwnLocation = {
  name: 'keep-own-location',
  setup(b) {
    b.onLoad({ filter: /\/(src|bench)\/.*\.ts$/ }, (args) => {
      const rel = JSON.stringify(relative(dirname(outfile), args.path));
      const self = `new URL(${rel}, import.meta.url)`;
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', `${self}.href`)
        .replaceAll('import.meta.filename', `decodeURIComponent(${self}.pathname)`)
        .replaceAll('import.meta.dirname', `decodeURIComponent(new URL('.', ${self}).pathname).slice(0, -1)`);
      return { contents, loader: 'ts' };
    });
  },
};

if (!existsSync(outfile) || statSync(outfile).mtimeMs < sources) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [keepOwnLocation],
  });
}
