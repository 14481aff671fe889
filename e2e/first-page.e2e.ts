// The sign-in page is the first thing anyone loads, often on a phone: its JavaScript must stay small.
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { newPage, url } from './harness';

it('loads under 350 KB of gzipped JavaScript on the sign-in page', async () => {
  const page = await newPage({ phone: true });
  const scripts: { url: string; bytes: number; gzip: number }[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body();
    scripts.push({ url: res.url(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(url('/dang-nhap'));
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  await page.waitForLoadState('networkidle');
  const total = scripts.reduce((n, s) => n + s.gzip, 0);
  console.log(
    `first page: ${scripts.length} scripts, ${Math.round(scripts.reduce((n, s) => n + s.bytes, 0) / 1024)} KB raw, ${Math.round(total / 1024)} KB gzip`,
  );
  for (const s of scripts.sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${Math.round(s.gzip / 1024)} KB  ${s.url.replace(/^.*\//, '')}`);
  expect(total).toBeLessThan(350 * 1024);
});
