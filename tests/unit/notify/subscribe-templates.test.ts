import fs from 'node:fs';
import path from 'node:path';
import { EVENT_LABELS } from '../../../server/domain/eldercare/states';
import { REQUEST_NOTICE_KINDS } from '../../../server/domain/enterprise/requests/notices';
import {
  activeTemplates,
  IN_APP_ONLY,
  isStaffMessage,
  KIND_TEMPLATES,
  mappingKey,
  phrase,
  SUBSCRIBE_TEMPLATES,
  TEMPLATES,
  thing,
  type TemplateKey,
} from '../../../server/platform/subscribe-templates';

/**
 * The kinds the domain writes to the outbox, read from its source: literal
 * `kind: '...'`, the kinds passed to the issue notices (toResidents/toStaff),
 * and `eldercare_<event>` for every booking event plus the visit reminder.
 */
function domainKinds(): Set<string> {
  const root = path.resolve(__dirname, '../../../server/domain');
  const files = fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  const kinds = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/kind: '([a-z]+_[a-z_]+)'/g)) kinds.add(m[1]);
    for (const call of noticeCalls(text)) {
      for (const m of call.matchAll(/'(issue_[a-z_]+)'/g)) kinds.add(m[1]);
    }
  }
  for (const event of [...Object.keys(EVENT_LABELS), 'remind']) kinds.add(`eldercare_${event}`);
  // The direct line (企业直通车 诉求) lists its kinds in one table.
  for (const kind of REQUEST_NOTICE_KINDS) kinds.add(kind);
  // Culture's stored fan-out state (session_changed / session_cancelled) is not an outbox kind.
  kinds.delete('session_changed');
  return kinds;
}

/** Each call of toResidents/toStaff (not their definitions), whole: a call may span several lines. */
function noticeCalls(text: string): string[] {
  const calls: string[] = [];
  for (const m of text.matchAll(/(?<!function )\bto(?:Residents|Staff)\(/g)) {
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    calls.push(text.slice(m.index, end + 1));
  }
  return calls;
}

const plainKind = (key: string) => key.replace(/@staff$/, '');

describe('which outbox kinds become subscription messages', () => {
  const kinds = domainKinds();

  it('finds the kinds of all three jobs in the domain', () => {
    for (const k of [
      'issue_accepted',
      'issue_assigned',
      'issue_reminder',
      'culture_offer',
      'culture_reminder',
      'eldercare_confirm',
      'eldercare_remind',
      'eldercare_request',
    ])
      expect(kinds).toContain(k);
  });

  it('decides every kind: mapped to a template, or named as in-app only with a reason', () => {
    const mapped = new Set(Object.keys(KIND_TEMPLATES).map(plainKind));
    const undecided = [...kinds].filter((k) => !mapped.has(k) && !(k in IN_APP_ONLY));
    expect(undecided).toEqual([]);
    expect([...mapped].filter((k) => k in IN_APP_ONLY)).toEqual([]);
  });

  it('maps no kind the domain does not write (a typo would never send)', () => {
    expect(
      Object.keys(KIND_TEMPLATES)
        .map(plainKind)
        .filter((k) => !kinds.has(k)),
    ).toEqual([]);
    expect(Object.keys(IN_APP_ONLY).filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('covers what the issue asks for: report accepted, progress, result; offer, reminder, change; new assignment, deadline near', () => {
    expect(KIND_TEMPLATES).toMatchObject({
      issue_accepted: 'ISSUE_ACCEPTED',
      issue_progress: 'ISSUE_PROGRESS',
      issue_resolved: 'ISSUE_RESULT',
      culture_offer: 'CULTURE_OFFER',
      culture_reminder: 'CULTURE_REMINDER',
      culture_session_changed: 'CULTURE_CHANGE',
      'issue_assigned@staff': 'STAFF_ASSIGNMENT',
      'eldercare_request@staff': 'STAFF_ASSIGNMENT',
      'issue_reminder@staff': 'STAFF_DEADLINE',
    });
  });

  it('tells staff messages from residents’ ones by the page they open', () => {
    expect(mappingKey({ kind: 'issue_escalated', page: '/packages/workbench/issue/index?id=i1' })).toBe(
      'issue_escalated@staff',
    );
    expect(mappingKey({ kind: 'issue_escalated', page: '/packages/issues/detail/index?id=i1' })).toBe(
      'issue_escalated',
    );
    expect(isStaffMessage('/packages/eldercare/partner-booking/index?id=b1')).toBe(true);
    expect(isStaffMessage('/packages/eldercare/partner-apply/index')).toBe(false);
    expect(isStaffMessage(null)).toBe(false);
  });

  it('reads every template id from its own SUBSCRIBE_TPL_<KEY> variable, never from code', () => {
    for (const [kind, mapping] of Object.entries(SUBSCRIBE_TEMPLATES))
      expect(mapping.env).toBe(`SUBSCRIBE_TPL_${KIND_TEMPLATES[kind]}`);
    const env = Object.fromEntries(Object.keys(TEMPLATES).map((key) => [`SUBSCRIBE_TPL_${key}`, `id-${key}`]));
    const active = activeTemplates(env);
    expect(active.get('issue_accepted')?.templateId).toBe('id-ISSUE_ACCEPTED');
    expect(active.get('issue_reminder@staff')?.templateId).toBe('id-STAFF_DEADLINE');
    expect(activeTemplates({}).size).toBe(0);
  });

  it('the deploy docs list every template with its variable and fields', () => {
    const deploy = fs.readFileSync(path.resolve(__dirname, '../../../docs/deploy.md'), 'utf8');
    for (const [key, spec] of Object.entries(TEMPLATES)) {
      expect({ key, listed: deploy.includes(`SUBSCRIBE_TPL_${key}`) && deploy.includes(spec.name) }).toEqual({
        key,
        listed: true,
      });
    }
  });

  it('the deploy config passes every template variable to notify-sender', () => {
    const rc = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../cloudbaserc.json'), 'utf8')) as {
      functions: Array<{ name: string; envVariables?: Record<string, string> }>;
    };
    const vars = rc.functions.find((f) => f.name === 'notify-sender')?.envVariables ?? {};
    for (const key of Object.keys(TEMPLATES)) expect(vars[`SUBSCRIBE_TPL_${key}`]).toBe(`{{env.SUBSCRIBE_TPL_${key}}}`);
  });
});

describe('template data follows WeChat’s field rules', () => {
  const long = '关于万安一路6号2单元楼道里贴满了开锁、通下水道小广告的反映，已由网格员刘芳受理并联系物业';
  const sample = (kind: string) => ({
    kind,
    title: long,
    body: `  ${long}\n第二行 ABC-123 ✓ `,
    page: null,
    createdAt: '2026-11-30T01:05:00.000Z',
  });

  /** https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html */
  function breaks(key: string, value: string): string | null {
    const chars = Array.from(value);
    if (key.startsWith('thing'))
      return chars.length <= 20 && chars.length > 0 ? null : `thing over 20 characters: ${value}`;
    if (key.startsWith('phrase'))
      return /^[\u4e00-\u9fa5]{1,5}$/.test(value) ? null : `phrase not 1-5 Chinese characters: ${value}`;
    if (key.startsWith('time'))
      return /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(value) ? null : `time not in WeChat's format: ${value}`;
    if (key.startsWith('character_string'))
      return /^[\x21-\x7e]{1,32}$/.test(value) ? null : `character_string: ${value}`;
    return `unexpected field ${key}`;
  }

  it.each(Object.entries(KIND_TEMPLATES))('%s fills every field of its template within the rules', (kind, key) => {
    const spec = TEMPLATES[key as TemplateKey];
    const data = spec.data(sample(plainKind(kind)));
    expect(Object.keys(data)).toEqual(spec.fields.map(([field]) => field));
    expect(
      Object.entries(data)
        .map(([field, value]) => breaks(field, value))
        .filter(Boolean),
    ).toEqual([]);
  });

  it('states read as a short phrase per kind', () => {
    expect(TEMPLATES.ISSUE_ACCEPTED.data(sample('issue_rejected')).phrase2).toBe('不予受理');
    expect(TEMPLATES.ISSUE_RESULT.data(sample('issue_resolved')).phrase2).toBe('已办结');
    expect(TEMPLATES.CULTURE_CHANGE.data(sample('culture_session_cancelled')).phrase2).toBe('已取消');
    expect(TEMPLATES.ISSUE_ACCEPTED.data(sample('issue_accepted')).time4).toBe('2026年11月30日 09:05');
  });

  it('cuts text, never fails: thing to 20 characters with an ellipsis, phrase to 5 Chinese characters', () => {
    expect(Array.from(thing(long))).toHaveLength(20);
    expect(thing(long).endsWith('…')).toBe(true);
    expect(phrase('已受理 OK!')).toBe('已受理');
    expect(phrase('一二三四五六')).toBe('一二三四五');
  });
});
