import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { commitmentColumns } from './export.js';
import { buildCommitment } from './factories.js';

const t = await createTestApp({ today: '2026-03-01' });

const col = (key: string) => commitmentColumns.findIndex((c) => c.key === key) + 1;
const isoOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

describe('Excel export', () => {
  it('money and dates survive a round trip unchanged', async () => {
    const cases = [
      { signedOn: '2025-12-31', expiresOn: '2030-12-31', planned: 987_654_321_000, spent: 1 },
      { signedOn: '2026-01-01', expiresOn: '2028-02-29', planned: 1_500_000_000, spent: 249_999_999 },
      { signedOn: '2024-02-29', expiresOn: null, planned: 0, spent: 0 },
    ];
    const made: string[] = [];
    for (const [i, k] of cases.entries()) {
      const c = await buildCommitment(t, {
        title: `Xuất Excel ${i}`,
        country: 'Xuất Excel',
        signedOn: k.signedOn,
        expiresOn: k.expiresOn,
      });
      made.push(c.id);
      await t.api('sngv', 'POST', `/api/commitments/${c.id}/resources`, {
        source: 'provincial',
        plannedVnd: k.planned,
        spentVnd: k.spent,
      });
    }
    const res = await t.api(
      'sngv',
      'GET',
      `/api/commitments/export.xlsx?country=${encodeURIComponent('Xuất Excel')}&sort=title`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Cam kết')!;
    expect(ws.rowCount).toBe(1 + cases.length);
    cases.forEach((k, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(col('title')).value).toBe(`Xuất Excel ${i}`);
      expect(isoOf(row.getCell(col('signedOn')).value)).toBe(k.signedOn);
      expect(
        row.getCell(col('expiresOn')).value === null ? null : isoOf(row.getCell(col('expiresOn')).value),
      ).toBe(k.expiresOn);
      expect(row.getCell(col('plannedVnd')).value).toBe(k.planned);
      expect(row.getCell(col('spentVnd')).value).toBe(k.spent);
      expect(row.getCell(col('plannedVnd')).numFmt).toBe('#,##0');
      expect(row.getCell(col('signedOn')).numFmt).toBe('dd/mm/yyyy');
    });
    const rs = wb.getWorksheet('Nguồn lực')!;
    const planned = [];
    for (let r = 2; r <= rs.rowCount; r++) planned.push(rs.getRow(r).getCell(5).value);
    expect(planned.sort()).toEqual(cases.map((k) => k.planned).sort());
  });

  it("a unit's export holds only its own commitments", async () => {
    const qnt = await t.unitByCode('21589');
    await buildCommitment(t, { title: 'Của phường', country: 'Phạm vi', leadUnitId: qnt.id });
    await buildCommitment(t, { title: 'Không của phường', country: 'Phạm vi' });
    const res = await t.api(
      'quynhontay',
      'GET',
      `/api/commitments/export.xlsx?country=${encodeURIComponent('Phạm vi')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Cam kết')!;
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(col('title')).value).toBe('Của phường');
  });
});
