import { createHash } from 'node:crypto';
import { z } from 'zod';
import { HOUSE_NUMBER_MAX, STREET_MAX } from '../../../src/rules/fields';
import type { Collection } from '../../store/collections';
import type { Doc, DocumentStore } from '../../store/port';
import { ELDERCARE_SERVICES, type ServiceDoc } from '../eldercare/model';
import { ADDRESS_RULES, ORG_UNITS, PARTNERS, type OrgUnit, type Partner } from './org';
import { normaliseStreet, type AddressRule } from './routing';

/**
 * Loading the real organisation of the sub-district (docs/import.md): the
 * district, communities, branches (网格党支部), grids, address rules, partners
 * (红色合伙人) and their services. Every row is checked, with every reference
 * resolved against the file and the store, before anything is written; a file
 * with any bad row writes nothing. Ids come from the file (rules: from their
 * content), so importing the same file again changes nothing.
 */

export const KINDS = ['district', 'communities', 'branches', 'grids', 'address_rules', 'partners', 'services'] as const;
export type ImportKind = (typeof KINDS)[number];

/** One row as read from a file: its fields and where it is, for error messages. */
export interface SourceRow {
  kind: ImportKind;
  file: string;
  line: number;
  fields: Record<string, unknown>;
}

export interface RowError {
  file: string;
  line: number;
  kind: ImportKind;
  message: string;
}

const DISTRICT_ID = 'district';
const text = (max: number, what: string) =>
  z
    .string({ error: `缺少${what}` })
    .trim()
    .min(1, `缺少${what}`)
    .max(max, `${what}最多 ${max} 个字`);
const id = z
  .string({ error: '缺少编号 id' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, '编号 id 只能用字母、数字、- 和 _，最长 64 位');
/** CSV cells are text: numbers and booleans are read from it; JSON may give them typed. */
const int = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v),
    z.number({ error: `${what} 须为整数` }).int(`${what} 须为整数`),
  );
const optionalInt = (what: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v.trim()) : v),
    z
      .number({ error: `${what} 须为整数` })
      .int(`${what} 须为整数`)
      .nullable(),
  );
const bool = z.preprocess(
  (v) => (typeof v === 'string' ? ['1', 'true', '是', 'yes'].includes(v.trim().toLowerCase()) : v),
  z.boolean(),
);
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

const SCHEMAS = {
  district: z.object({ name: text(30, '街道名称 name') }),
  communities: z.object({ id, name: text(30, '社区名称 name') }),
  branches: z.object({ id, name: text(40, '支部名称 name'), community: id }),
  grids: z.object({
    id,
    name: text(40, '网格名称 name'),
    branch: id,
    area: z.preprocess(
      blankToUndefined,
      z
        .enum(['楼院小区', '商务楼宇', '工业园区'], { error: '区域类型 area 只能是 楼院小区、商务楼宇 或 工业园区' })
        .optional(),
    ),
  }),
  address_rules: z
    .object({
      street: text(STREET_MAX, '街道 street'),
      from: int('起始门牌 from').pipe(z.number().min(1, '起始门牌 from 至少为 1')),
      to: int('结束门牌 to').pipe(z.number().max(HOUSE_NUMBER_MAX, `结束门牌 to 最大 ${HOUSE_NUMBER_MAX}`)),
      parity: z.preprocess(
        (v) => (v === '' || v === undefined ? 'all' : v),
        z.enum(['odd', 'even', 'all'], { error: '单双号 parity 只能是 odd、even 或 all' }),
      ),
      grid: id,
    })
    .refine((r) => r.from <= r.to, { message: '起始门牌 from 不能大于结束门牌 to', path: ['to'] }),
  partners: z.object({
    id,
    name: text(40, '单位名称 name'),
    kind: text(20, '单位类型 kind'),
    description: z.preprocess((v) => v ?? '', z.string().trim().max(200, '介绍 description 最多 200 个字')),
  }),
  // The same limits as eldercare.saveService, flattened into columns.
  services: z.object({
    id,
    partner: id,
    name: text(30, '服务名称 name'),
    description: z.preprocess((v) => v ?? '', z.string().trim().max(200, '服务说明 description 最多 200 个字')),
    mode: z.enum(['home', 'shop'], { error: '服务方式 mode 只能是 home（上门）或 shop（到店）' }),
    minAge: optionalInt('最低年龄 minAge').pipe(z.number().min(0).max(120, '最低年龄 minAge 不超过 120').nullable()),
    difficultyRequired: z.preprocess((v) => (v === '' || v === undefined ? false : v), bool),
    quotaPerYear: optionalInt('每年次数 quotaPerYear').pipe(
      z.number().min(1, '每年次数至少 1 次').max(52, '每年次数最多 52 次').nullable(),
    ),
    bookAheadDays: z.preprocess(
      blankToUndefined,
      int('提前天数 bookAheadDays').pipe(z.number().min(1).max(90, '最多提前 90 天开放预约')).optional(),
    ),
    minNoticeHours: z.preprocess(
      blankToUndefined,
      int('提前小时 minNoticeHours').pipe(z.number().min(0).max(168)).optional(),
    ),
    cancelCutoffHours: z.preprocess(
      blankToUndefined,
      int('取消截止 cancelCutoffHours').pipe(z.number().min(0).max(168)).optional(),
    ),
  }),
} satisfies Record<ImportKind, z.ZodType>;

type Parsed = { [K in ImportKind]: z.output<(typeof SCHEMAS)[K]> & { _row: SourceRow } };

/** The documents an import writes, by collection, in dependency order. */
export interface ImportPlan {
  writes: Array<{ collection: Collection<Doc>; doc: Doc }>;
  unchanged: number;
  counts: Record<ImportKind, number>;
}

export function ruleId(street: string, from: number, to: number, parity: string): string {
  return `rule-${createHash('sha256')
    .update(`${normaliseStreet(street)}|${from}|${to}|${parity}`)
    .digest('hex')
    .slice(0, 16)}`;
}

/**
 * Checks every row and builds what to write. Returns the errors (then nothing
 * may be written) or the plan. `now` stamps new services.
 */
export async function planImport(
  store: DocumentStore,
  rows: SourceRow[],
  now: Date,
): Promise<{ errors: RowError[]; plan: ImportPlan | null }> {
  const errors: RowError[] = [];
  const fail = (row: SourceRow, message: string) =>
    errors.push({ file: row.file, line: row.line, kind: row.kind, message });
  const parsed: { [K in ImportKind]: Array<Parsed[K]> } = {
    district: [],
    communities: [],
    branches: [],
    grids: [],
    address_rules: [],
    partners: [],
    services: [],
  };

  for (const row of rows) {
    const result = SCHEMAS[row.kind].safeParse(row.fields);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 5))
        fail(row, `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
      continue;
    }
    (parsed[row.kind] as unknown[]).push({ ...(result.data as object), _row: row });
  }

  // Unique ids within the file, across all kinds of org unit (they share one collection).
  const unitIds = new Map<string, SourceRow>();
  for (const row of [...parsed.communities, ...parsed.branches, ...parsed.grids]) {
    const seen = unitIds.get(row.id);
    if (seen) fail(row._row, `编号 ${row.id} 重复（第 ${seen.line} 行已用）`);
    else unitIds.set(row.id, row._row);
  }
  for (const kind of ['partners', 'services'] as const) {
    const seen = new Map<string, number>();
    for (const row of parsed[kind]) {
      if (seen.has(row.id)) fail(row._row, `编号 ${row.id} 重复（第 ${seen.get(row.id)} 行已用）`);
      else seen.set(row.id, row._row.line);
    }
  }
  if (parsed.district.length > 1) for (const row of parsed.district.slice(1)) fail(row._row, '街道只能有一行');

  // References: to a row of the file, or to what the store already has.
  const existingUnit = async (unitId: string) => store.get(ORG_UNITS, unitId);
  const unitKind = async (unitId: string): Promise<OrgUnit['kind'] | null> => {
    const inFile = parsed.communities.find((c) => c.id === unitId)
      ? 'community'
      : parsed.branches.find((b) => b.id === unitId)
        ? 'branch'
        : parsed.grids.find((g) => g.id === unitId)
          ? 'grid'
          : null;
    return inFile ?? (await existingUnit(unitId))?.kind ?? null;
  };
  const communityOfBranch = async (branchId: string): Promise<string | null> =>
    parsed.branches.find((b) => b.id === branchId)?.community ?? (await existingUnit(branchId))?.communityId ?? null;

  const district = parsed.district[0] ?? null;
  const storedDistrict = await existingUnit(DISTRICT_ID);
  if (!district && !storedDistrict && rows.length > 0)
    errors.push({
      file: rows[0].file,
      line: 0,
      kind: 'district',
      message: '数据库里还没有街道：请在文件里写上街道名称（district）',
    });

  for (const row of parsed.branches)
    if ((await unitKind(row.community)) !== 'community')
      fail(row._row, `社区 ${row.community} 不存在（文件和数据库里都没有）`);
  for (const row of parsed.grids)
    if ((await unitKind(row.branch)) !== 'branch')
      fail(row._row, `网格党支部 ${row.branch} 不存在（文件和数据库里都没有）`);
  for (const row of parsed.address_rules)
    if ((await unitKind(row.grid)) !== 'grid') fail(row._row, `网格 ${row.grid} 不存在（文件和数据库里都没有）`);
  for (const row of [...parsed.communities, ...parsed.branches, ...parsed.grids]) {
    const stored = await existingUnit(row.id);
    const kind = parsed.communities.includes(row as Parsed['communities'])
      ? 'community'
      : parsed.branches.includes(row as Parsed['branches'])
        ? 'branch'
        : 'grid';
    if (stored && stored.kind !== kind) fail(row._row, `编号 ${row.id} 在数据库里已是另一种单位（${stored.kind}）`);
  }
  const partnerName = new Map<string, string>();
  for (const row of parsed.partners) partnerName.set(row.id, row.name);
  for (const row of parsed.services) {
    if (partnerName.has(row.partner)) continue;
    const stored = await store.get(PARTNERS, row.partner);
    if (!stored) fail(row._row, `红色合伙人 ${row.partner} 不存在（文件和数据库里都没有）`);
    else if (stored.status !== 'approved') fail(row._row, `红色合伙人 ${row.partner} 尚未批准，不能配置服务`);
    else partnerName.set(row.partner, stored.name);
  }
  const rules = new Map<string, Parsed['address_rules']>();
  for (const row of parsed.address_rules) {
    const key = ruleId(row.street, row.from, row.to, row.parity);
    const seen = rules.get(key);
    if (seen && seen.grid !== row.grid)
      fail(row._row, `同一段门牌（第 ${seen._row.line} 行）分给了两个网格：${seen.grid} 和 ${row.grid}`);
    rules.set(key, row);
  }
  for (const row of parsed.services) {
    const stored = await store.get(ELDERCARE_SERVICES, row.id);
    if (stored && stored.partnerId !== row.partner)
      fail(row._row, `服务 ${row.id} 属于 ${stored.partnerId}，不能转给另一家单位`);
  }
  if (errors.length)
    return { errors: errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line), plan: null };

  // Build the documents, then keep only those that differ from the store.
  const at = now.toISOString();
  const docs: ImportPlan['writes'] = [];
  const unit = (doc: OrgUnit) => ({ collection: ORG_UNITS, doc });
  if (district)
    docs.push(unit({ _id: DISTRICT_ID, kind: 'district', name: district.name, parentId: null, communityId: null }));
  for (const c of parsed.communities)
    docs.push(unit({ _id: c.id, kind: 'community', name: c.name, parentId: DISTRICT_ID, communityId: c.id }));
  for (const b of parsed.branches)
    docs.push(unit({ _id: b.id, kind: 'branch', name: b.name, parentId: b.community, communityId: b.community }));
  for (const g of parsed.grids)
    docs.push(
      unit({
        _id: g.id,
        kind: 'grid',
        name: g.name,
        parentId: g.branch,
        communityId: await communityOfBranch(g.branch),
        ...(g.area ? { area: g.area } : {}),
      }),
    );
  for (const r of rules.values()) {
    const rule: AddressRule = {
      _id: ruleId(r.street, r.from, r.to, r.parity),
      street: normaliseStreet(r.street),
      from: r.from,
      to: r.to,
      parity: r.parity,
      gridId: r.grid,
    };
    docs.push({ collection: ADDRESS_RULES, doc: rule });
  }
  for (const p of parsed.partners) {
    const partner: Partner = { _id: p.id, name: p.name, kind: p.kind, description: p.description, status: 'approved' };
    docs.push({ collection: PARTNERS, doc: partner });
  }

  const writes: ImportPlan['writes'] = [];
  let unchanged = 0;
  for (const item of docs) {
    const stored = await store.get(item.collection, item.doc._id);
    // Fields the import does not own (a `demo` mark, fields other features add) are kept as they are.
    const next = stored ? { ...stored, ...item.doc } : item.doc;
    if (stored && sameDoc(stored, next)) unchanged++;
    else writes.push({ collection: item.collection, doc: next });
  }
  for (const s of parsed.services) {
    const stored = await store.get(ELDERCARE_SERVICES, s.id);
    const fields = {
      partnerId: s.partner,
      partnerName: partnerName.get(s.partner)!,
      name: s.name,
      description: s.description,
      mode: s.mode,
      eligibility: { minAge: s.minAge, difficultyRequired: s.difficultyRequired },
      quotaPerYear: s.quotaPerYear,
      bookAheadDays: s.bookAheadDays ?? stored?.bookAheadDays ?? 28,
      minNoticeHours: s.minNoticeHours ?? stored?.minNoticeHours ?? 12,
      cancelCutoffHours: s.cancelCutoffHours ?? stored?.cancelCutoffHours ?? 24,
    };
    if (stored && sameDoc(stored, { ...stored, ...fields })) {
      unchanged++;
      continue;
    }
    // A changed service gets a new version (open edit pages turn stale); its status (paused by the partner) is kept.
    const doc: ServiceDoc = stored
      ? { ...stored, ...fields, version: stored.version + 1, updatedAt: at }
      : { _id: s.id, ...fields, status: 'active', version: 1, createdAt: at, updatedAt: at };
    writes.push({ collection: ELDERCARE_SERVICES, doc });
  }
  const counts = Object.fromEntries(KINDS.map((k) => [k, parsed[k].length])) as Record<ImportKind, number>;
  return { errors: [], plan: { writes, unchanged, counts } };
}

function sameDoc(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  return value;
}

/** Writes a checked plan in small transactions (CloudBase limits a transaction's size); every write is idempotent, so a rerun completes an interrupted one. */
export async function applyImport(store: DocumentStore, plan: ImportPlan, batch = 50): Promise<number> {
  for (let i = 0; i < plan.writes.length; i += batch) {
    const chunk = plan.writes.slice(i, i + batch);
    await store.transaction(async (tx) => {
      for (const { collection, doc } of chunk) await tx.set(collection, doc);
    });
  }
  return plan.writes.length;
}
