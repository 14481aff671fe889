// Extraction of a directive's fields from its text (issue 5): the one entry point the server,
// the CLI and the accuracy bench call. Pure: text and unit directory in, Extraction out.
import { normalizeVi } from '../vn-text.js';
import { expandAbbreviations, findCitations, scanCitationMentions } from './citations.js';
import { deadlineKey, findDeadlines } from './dates.js';
import { type DirectoryIndex, indexDirectory } from './directory.js';
import { type Found, readHeader } from './header.js';
import { findSpeakerIssuer } from './issuer.js';
import { analyseLayout, type Footnote, type Layout } from './layout.js';
import {
  assigneeRole,
  findGroupMentions,
  findListedUnits,
  findUnitMentions,
  type GroupMention,
  isAssigneeContext,
  type UnitMention,
} from './mentions.js';
import { locateUnitNames } from './names.js';
import { outsideKind } from './outside.js';
import { readRecipientList, UNIT_LIKE } from './recipients.js';
import { findTailStart, readSignature } from './signature.js';
import { type Item, itemText, readStructure } from './structure.js';
import { normaliseSource, overlapsAny, tokenize } from './text.js';
import type {
  AssignedUnit,
  AssigneeRole,
  Deadline,
  DirectoryUnit,
  ExtractedTask,
  Extraction,
  Span,
} from './types.js';

export type { DirectoryUnit, Extraction } from './types.js';

export function extractDirective(text: string, units: DirectoryUnit[]): Extraction {
  const source = normaliseSource(text);
  const index = indexDirectory(units);
  const layout = analyseLayout(source);
  const { masked } = layout;

  const header = readHeader(masked);
  const bodyStart = header.end;
  const tailStart = Math.max(bodyStart, findTailStart(masked, bodyStart));
  const signature = readSignature(
    masked,
    tailStart < masked.length ? tailStart : Math.floor(masked.length * 0.7),
    masked.length,
  );

  const citationMentions = scanCitationMentions(masked, 0, masked.length);
  const citationSpans = citationMentions.map((c) => c.span);
  const footnoteText = layout.footnotes.flatMap((f) =>
    scanCitationMentions(source, f.textSpan[0], f.textSpan[1]),
  );
  const citedDocuments = findCitations(
    [...citationMentions, ...footnoteText],
    header.number?.value ?? null,
  ).filter((c) => !header.number || !overlapsAny(c.span, [header.number.span]));

  const defaultYear = header.date ? Number(header.date.value.slice(0, 4)) : null;
  const deadlineMentions = findDeadlines(masked, bodyStart, tailStart, defaultYear, citationSpans);
  const deadlines = dedupeDeadlines(deadlineMentions);

  const structure = readStructure(masked, bodyStart, tailStart);
  const excluded = structure.excluded;
  const issuer = header.issuer ?? findSpeakerIssuer(masked, bodyStart, tailStart, units);

  // The issuer is not its own assignee ("Ủy ban nhân dân tỉnh Lào Cai xây dựng Kế hoạch…").
  const issuerKey = issuer ? normalizeVi(issuer.value) : null;
  const isIssuer = (name: string) =>
    issuerKey !== null && normalizeVi(expandAbbreviations(name)) === issuerKey;
  // Mentions of units and groups in the body that give them work, as lead or as partner.
  const inBody = (span: Span) => !overlapsAny(span, citationSpans) && !overlapsAny(span, excluded);
  const roled = findUnitMentions(masked, bodyStart, tailStart, index)
    // "UBND tỉnh" in the body is the province speaking or being reported to; the province named in
    // full ("Ủy ban nhân dân tỉnh Gia Lai", a letter from the centre) can be given work.
    .filter(
      (m) => m.unit?.kind !== 'tinh' || !BARE_PROVINCE.test(normalizeVi(masked.slice(m.span[0], m.span[1]))),
    )
    .filter((m) => inBody(m.span) && !isIssuer(m.name))
    .map((m) => ({ ...m, role: assigneeRole(masked, m.roleSpan ?? m.span) }));
  const unitMentions = roled.filter((m): m is RoledMention => m.role === 'lead');
  const partnerMentions = roled.filter((m): m is RoledMention => m.role === 'coordinator');
  const groupMentions = findGroupMentions(masked, bodyStart, tailStart).filter(
    (g) => inBody(g.span) && assigneeRole(masked, g.span) === 'lead',
  );
  const footnoteUnits = new Map<Footnote, UnitMention[]>();
  for (const f of layout.footnotes) footnoteUnits.set(f, unitsOfFootnote(source, f, index));

  // Recipients ("Kính gửi") are addressees too: as the body names them (a recipient the body
  // names only as partner is a partner), given work when the body does not name them, never
  // when they are copied for information ("(để biết)").
  const recipients = header.recipients
    ? readRecipientList(masked, header.recipients, index)
    : { units: [], groups: [] };
  const recipientGroups = recipients.groups;
  const bodyRole = new Map<string, AssigneeRole[]>();
  for (const m of [...unitMentions, ...partnerMentions]) {
    const list = bodyRole.get(unitKey(m)) ?? [];
    if (!list.includes(m.role)) list.push(m.role);
    bodyRole.set(unitKey(m), list);
  }
  const recipientUnits: RoledMention[] = recipients.units
    .filter((u) => !FOR_INFORMATION.test(masked.slice(u.span[1], u.span[1] + 30)))
    .map((u) => {
      const roles = bodyRole.get(unitKey(u));
      return { ...u, role: roles && !roles.includes('lead') ? 'coordinator' : 'lead' };
    });

  const tasks = buildTasks({
    masked,
    layout,
    items: structure.items,
    unitMentions,
    partnerMentions,
    groupMentions,
    footnoteUnits,
    deadlineMentions,
    defaults: defaultAddressees(
      structure.items,
      masked,
      bodyStart,
      unitMentions,
      groupMentions,
      recipientUnits.filter((u) => u.role === 'lead'),
      recipientGroups,
      structure.closingStart,
      tailStart,
    ),
  });

  const activeFootnotes = layout.footnotes.filter((f) =>
    f.markers.some((m) => m[0] >= bodyStart && m[0] < tailStart && !overlapsAny(m, excluded)),
  );
  // A footnote listing units stands for the group its marker follows ("UBND các xã biên giới¹"):
  // its units take the group's role, and the group gives way to them.
  const allGroups = findGroupMentions(masked, bodyStart, tailStart);
  const narrowed = new Set<GroupMention>();
  const footnoteMentions: RoledMention[] = activeFootnotes.flatMap((f) => {
    const listed = footnoteUnits.get(f) ?? [];
    if (!listed.length) return [];
    let role: AssigneeRole | null = 'lead';
    for (const marker of f.markers) {
      const group = allGroups.find((g) => g.span[1] <= marker[0] && marker[0] - g.span[1] < 40);
      if (group) {
        narrowed.add(group);
        role = assigneeRole(masked, group.span) ?? role;
      } else role = assigneeRole(masked, [marker[0], marker[0]]) ?? role;
    }
    return listed.map((u) => ({ ...u, role: role ?? 'lead' }));
  });
  const narrowedSpans = [...narrowed].map((g) => g.span);
  const assignedUnits = aggregateUnits([
    ...recipientUnits,
    ...unitMentions,
    ...partnerMentions,
    ...footnoteMentions,
  ]);
  const groups = aggregateGroups([
    ...recipientGroups,
    ...groupMentions.filter((g) => !narrowedSpans.some((s) => s[0] === g.span[0])),
  ]);

  return {
    number: header.number?.value ?? null,
    type: header.type?.value ?? null,
    date: header.date?.value ?? null,
    issuer: issuer?.value ?? null,
    summary: header.summary?.value ?? null,
    signer: signature.signer?.value ?? null,
    signingAuthority: signature.authority?.value ?? null,
    citedDocuments,
    deadlines,
    assignedUnits,
    assignedGroups: groups.map((g) => g.group),
    tasks,
    spans: {
      number: spanOf(header.number),
      type: spanOf(header.type),
      date: spanOf(header.date),
      issuer: spanOf(issuer),
      summary: spanOf(header.summary),
      signer: spanOf(signature.signer),
      signingAuthority: spanOf(signature.authority),
      assignedGroups: groups.map((g) => g.spans),
    },
    sourceText: source,
  };
}

type RoledMention = UnitMention & { role: AssigneeRole };

const BARE_PROVINCE = /^(?:ubnd|uy ban nhan dan) tinh$/;

const FOR_INFORMATION = /^\s*\(\s*(?:để\s+)?(?:biết|b\/c|báo cáo)/u;

function spanOf(found: Found<unknown> | null | undefined): Span | null {
  return found ? found.span : null;
}

function dedupeDeadlines(mentions: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  const out: Deadline[] = [];
  for (const d of mentions) {
    const key = deadlineKey(d);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** Units listed in a footnote, when the footnote is a list of units (not a reference or remark). */
function unitsOfFootnote(source: string, f: Footnote, index: DirectoryIndex): UnitMention[] {
  const listed = findListedUnits(source, f.textSpan[0], f.textSpan[1], index);
  if (listed.length) return listed.flatMap((l) => l.units);
  const located = locateUnitNames(source, f.textSpan[0], f.textSpan[1], index);
  const kept = located.filter((l) => l.unit || UNIT_LIKE.test(l.name));
  if (kept.length === 0 || kept.length * 2 < located.length) return [];
  return kept.map((l) => ({ name: l.unit ? l.unit.name : l.name, unit: l.unit, span: l.span }));
}

function unitKey(m: { name: string; unit: DirectoryUnit | null }): string {
  return m.unit ? `#${m.unit.code}` : normalizeVi(m.name);
}

function aggregateUnits(mentions: (UnitMention & { role?: AssigneeRole })[]): AssignedUnit[] {
  const byKey = new Map<string, AssignedUnit>();
  for (const m of mentions) {
    const key = unitKey(m);
    const role = m.role ?? 'lead';
    const known = byKey.get(key);
    if (known) {
      known.mentions.push(m.span);
      if (!known.roles.includes(role)) known.roles.push(role);
    } else
      byKey.set(key, {
        name: m.unit ? m.unit.name : m.name,
        unitCode: m.unit?.code ?? null,
        kind: m.unit ? m.unit.kind : outsideKind(m.name),
        roles: [role],
        span: m.span,
        mentions: [m.span],
      });
  }
  return [...byKey.values()];
}

function aggregateGroups(mentions: GroupMention[]): { group: string; spans: Span[] }[] {
  const byGroup = new Map<string, Span[]>();
  for (const g of mentions) {
    const list = byGroup.get(g.group);
    if (list) list.push(g.span);
    else byGroup.set(g.group, [g.span]);
  }
  return [...byGroup.entries()].map(([group, spans]) => ({ group, spans }));
}

interface Addressees {
  units: UnitMention[];
  groups: GroupMention[];
}

/** Who the document addresses when an item names nobody: the lead-in before the items, else "Kính gửi", else the closing paragraph. */
function defaultAddressees(
  items: Item[],
  masked: string,
  bodyStart: number,
  units: UnitMention[],
  groups: GroupMention[],
  recipientUnits: UnitMention[],
  recipientGroups: GroupMention[],
  closingStart: number,
  tailStart: number,
): Addressees {
  const first = items.find((i) => i.isTask);
  if (first) {
    const before = masked.slice(bodyStart, first.span[0]);
    const colon = before.lastIndexOf(':');
    const end = colon >= 0 ? bodyStart + colon : first.span[0];
    const sentenceStart =
      Math.max(masked.lastIndexOf('.', end - 1), masked.lastIndexOf(';', end - 1), bodyStart) + 1;
    const lead: Span = [Math.max(sentenceStart, end - 700), end];
    const leadUnits = units.filter((u) => u.span[0] >= lead[0] && u.span[1] <= lead[1]);
    const leadGroups = groups.filter((g) => g.span[0] >= lead[0] && g.span[1] <= lead[1]);
    if (leadUnits.length || leadGroups.length) return { units: leadUnits, groups: leadGroups };
  }
  if (recipientUnits.length || recipientGroups.length)
    return { units: recipientUnits, groups: recipientGroups };
  return {
    units: units.filter((u) => u.span[0] >= closingStart && u.span[1] <= tailStart),
    groups: groups.filter((g) => g.span[0] >= closingStart && g.span[1] <= tailStart),
  };
}

const GENERIC = /(?:^| )cac (?:co quan(?: don vi)?(?: dia phuong)?|don vi|dia phuong)(?: |$)/;

interface TaskInput {
  masked: string;
  layout: Layout;
  items: Item[];
  unitMentions: UnitMention[];
  partnerMentions: UnitMention[];
  groupMentions: GroupMention[];
  footnoteUnits: Map<Footnote, UnitMention[]>;
  deadlineMentions: Deadline[];
  defaults: Addressees;
}

function buildTasks(input: TaskInput): ExtractedTask[] {
  const { masked, layout } = input;
  const tasks: ExtractedTask[] = [];
  for (const item of input.items) {
    if (!item.isTask) continue;
    const inside = (s: Span) => s[0] >= item.span[0] && s[1] <= item.span[1];
    const units = input.unitMentions.filter((m) => inside(m.span));
    let groups = input.groupMentions.filter((g) => inside(g.span));
    const fromFootnotes = layout.footnotes
      .filter((f) => f.markers.some(inside))
      .flatMap((f) => input.footnoteUnits.get(f) ?? []);
    const generic = hasGenericSubject(masked, item.span);
    const names: string[] = [];
    const add = (name: string) => {
      if (!names.some((n) => normalizeVi(n) === normalizeVi(name))) names.push(name);
    };
    if (fromFootnotes.length) {
      // A footnote listing the units narrows the group the item speaks of ("các địa phương chưa ban hành kế hoạch²").
      groups = [];
      for (const u of fromFootnotes) add(u.name);
      for (const u of units) add(u.name);
    } else {
      if (generic || (units.length === 0 && groups.length === 0)) {
        for (const g of input.defaults.groups) add(g.group);
        for (const u of input.defaults.units) add(u.name);
      }
      for (const g of groups) add(g.group);
      for (const u of units) add(u.name);
    }
    const own = input.deadlineMentions.filter((d) => inside(d.span));
    const dated = own.find((d) => d.date);
    const recurring = own.find((d) => d.recurrence);
    const chosen = dated ?? recurring ?? own[0] ?? null;
    tasks.push({
      label: item.label,
      text: itemText(masked, item, layout.typicalLineLength),
      units: names,
      coordinators: [
        ...new Set(
          input.partnerMentions
            .filter((m) => inside(m.span) && !names.some((n) => normalizeVi(n) === normalizeVi(m.name)))
            .map((m) => m.name),
        ),
      ],
      deadline: dated?.date ?? null,
      deadlineText: chosen?.text ?? null,
      recurrence: recurring?.recurrence ?? null,
      span: item.span,
    });
  }
  return tasks;
}

function hasGenericSubject(masked: string, span: Span): boolean {
  const tokens = tokenize(masked, span[0], span[1]);
  const words = tokens.map((t) => t.w).join(' ');
  const re = new RegExp(GENERIC.source, 'g');
  for (let m = re.exec(words); m; m = re.exec(words)) {
    const offsetWords = words
      .slice(0, m.index + (m[0].startsWith(' ') ? 1 : 0))
      .split(' ')
      .filter(Boolean).length;
    const tok = tokens[offsetWords];
    if (tok && isAssigneeContext(masked, tok.start)) return true;
  }
  return false;
}
