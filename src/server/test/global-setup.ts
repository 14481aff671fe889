import { writeFileSync } from 'node:fs';
import { buildPgliteTemplate, buildPostgresTemplate, PGLITE_TEMPLATE } from './template.js';

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (url) await buildPostgresTemplate(url);
  else writeFileSync(PGLITE_TEMPLATE, Buffer.from(await (await buildPgliteTemplate()).arrayBuffer()));
}
