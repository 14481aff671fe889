import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../../shared/intake/extract';
import { corpusText, loadUnits } from '../../../shared/intake/test-support';
import type { IntakeExtraction } from '../../api/intake';
import { draftFrom, saveBodyOf } from './draft';

const units = loadUnits();
const idOf = (code: string) => `id-${code}`;

/** Seed 000 as the API answers it: every unit of the directory known, Sở Ngoại vụ the focal unit. */
function seed000(): IntakeExtraction {
  const x = extractDirective(corpusText('000_fd07b40862721a3b'), units);
  return {
    ...x,
    links: {
      citedDocumentIds: x.citedDocuments.map(() => null),
      unitIds: Object.fromEntries(units.map((u) => [u.code, idOf(u.code)])),
      groupCodes: x.assignedGroups.map((g) => (/xã/.test(g) ? 'xa_phuong' : 'so_ban_nganh')),
      focalUnitIds: [idOf('SNgV')],
    },
  };
}

describe('the intake draft', () => {
  const x = seed000();
  const draft = draftFrom(x);

  it('gives task 5 ("Giao Sở Ngoại vụ làm đầu mối…") to Sở Ngoại vụ, and no other task', () => {
    expect(draft.tasks[4]?.unitIds).toEqual([idOf('SNgV')]);
    for (const t of draft.tasks.slice(0, 4)) expect(t.unitIds).not.toContain(idOf('SNgV'));
    expect(draft.tasks[2]?.unitIds).toEqual([idOf('SVHTTDL')]);
  });

  it('drafts each task with the whole text of its item', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual(x.tasks.map((t) => t.text));
    for (const t of draft.tasks) expect(t.title).not.toMatch(/…/);
  });

  it('sends the source text with the document', () => {
    expect(saveBodyOf(draft).sourceText).toBe(x.sourceText);
  });
});
