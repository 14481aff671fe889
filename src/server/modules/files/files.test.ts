import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildFile, postForm, sampleDocx, samplePdf } from './factories.js';
import { MB } from './kinds.js';

const t = await createTestApp();

describe('file upload', () => {
  it('stores a PDF in the database and gives it back byte for byte, under its Vietnamese name', async () => {
    const content = samplePdf('Kế hoạch số 45/KH-UBND');
    const res = await postForm(t, 'quynhontay', '/api/files', [
      { name: 'file', filename: 'Kế hoạch 45.pdf', content, contentType: 'text/plain' },
    ]);
    expect(res.statusCode).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ name: 'Kế hoạch 45.pdf', mime: 'application/pdf', size: content.length });
    expect(file.unitId).toBe((await t.unitByCode('21589')).id);
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/files/${file.id}/download`,
      headers: { cookie: await t.login('quynhontay') },
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(content)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Kế hoạch 45.pdf')}`,
    );
  });

  it('accepts Word files and refuses other types, or content that does not match its name', async () => {
    expect(
      (
        await postForm(t, 'sngv', '/api/files', [
          { name: 'file', filename: 'kh.docx', content: sampleDocx() },
        ])
      ).statusCode,
    ).toBe(201);
    const exe = await postForm(t, 'sngv', '/api/files', [
      { name: 'file', filename: 'virus.exe', content: Buffer.from('MZ....') },
    ]);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(exe.json().error.message).toContain('PDF');
    const fake = await postForm(t, 'sngv', '/api/files', [
      { name: 'file', filename: 'fake.pdf', content: Buffer.from('hello') },
    ]);
    expect(fake.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('refuses a file over the limit with a clear error and stores nothing', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(21 * MB, 0x20)]);
    const res = await postForm(t, 'sngv', '/api/files', [
      { name: 'file', filename: 'lon.pdf', content: big },
    ]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('20 MB'),
    });
  });

  it('answers FILE_REQUIRED when no file is sent', async () => {
    const res = await postForm(t, 'sngv', '/api/files', [{ name: 'unitId', value: 'x' }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('FILE_REQUIRED');
  });

  it("keeps a unit's file from other units, and lets leaders and the focal office read it", async () => {
    const id = await buildFile(t, 'quynhontay');
    const get = async (as: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/files/${id}/download`,
          headers: { cookie: await t.login(as) },
        })
      ).statusCode;
    expect(await get('svhttdl')).toBe(404);
    expect(await get('quynhontay.tt')).toBe(200);
    expect(await get('sngv')).toBe(200);
    expect(await get('lanhdao')).toBe(200);
  });

  it("files a unit officer's upload under their own unit, whatever unit they name", async () => {
    const svh = await t.unitByCode('SVHTTDL');
    const id = await buildFile(t, 'quynhontay', { unitId: svh.id });
    expect((await t.api('quynhontay', 'GET', `/api/files/${id}`)).json().unitId).toBe(
      (await t.unitByCode('21589')).id,
    );
    const forUnit = await buildFile(t, 'sngv', { unitId: svh.id });
    expect((await t.api('svhttdl', 'GET', `/api/files/${forUnit}`)).statusCode).toBe(200);
  });

  it('does not let a leader upload', async () => {
    const res = await postForm(t, 'lanhdao', '/api/files', [
      { name: 'file', filename: 'a.pdf', content: samplePdf() },
    ]);
    expect(res.statusCode).toBe(403);
  });

  it('records every upload in the audit log', async () => {
    const id = await buildFile(t, 'sngv');
    const log = (await t.api('sngv', 'GET', `/api/audit?entity=file&entityId=${id}`)).json();
    expect(log.items).toHaveLength(1);
    expect(log.items[0].action).toBe('upload');
  });
});
