// Builds the run's template database once; each test file starts from a copy. The template is
// named after the run, so that test runs side by side (on one PostgreSQL cluster or one
// checkout) never replace each other's template; it is removed when the run ends.
import { rmSync, writeFileSync } from 'node:fs';

export default async function setup() {
  // set before template.js is loaded: the workers inherit it and find the same template
  process.env.DOINGOAI_TEST_RUN ??= String(process.pid);
  const { buildPgliteTemplate, buildPostgresTemplate, dropPostgresTemplate, PGLITE_TEMPLATE } = await import(
    './template.js'
  );
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    await buildPostgresTemplate(url);
    return () => dropPostgresTemplate(url);
  }
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await (await buildPgliteTemplate()).arrayBuffer()));
  return () => rmSync(PGLITE_TEMPLATE, { force: true });
}
