import fs from 'node:fs';
import path from 'node:path';
import {
  CONTROLLER,
  DEFAULT_RETENTION_DAYS,
  ERASURE_RULES,
  PERSONAL_FIELDS,
  POLICY_VERSION,
  PRIVACY_APIS,
} from '../src/privacy/data';

/**
 * `npm run privacy:doc`: rewrites the generated part of docs/privacy.md from
 * src/privacy/data.ts. tests/unit/privacy-doc.test.ts fails when the committed
 * doc differs from what this prints, so the doc cannot go stale.
 */
export const DOC_PATH = path.resolve(__dirname, '..', 'docs', 'privacy.md');
export const START = '<!-- generated from src/privacy/data.ts by `npm run privacy:doc`: do not edit by hand -->';
export const END = '<!-- end of generated part -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const ACTION_LABELS = { erase: '删除', anonymise: '匿名化', keep: '保留' } as const;

export function renderGenerated(): string {
  const lines: string[] = [
    START,
    '',
    `Policy version: **${POLICY_VERSION}**. Controller: ${CONTROLLER.name}; contact: ${CONTROLLER.contact}.`,
    '',
  ];
  lines.push(
    '### Privacy APIs (enter each in 用户隐私保护指引)',
    '',
    '| API | 指引中的项目 | 用途 | module |',
    '|---|---|---|---|',
  );
  for (const a of PRIVACY_APIS)
    lines.push(`| \`wx.${a.api}\` | ${cell(a.wechatItem)} | ${cell(a.purpose)} | \`${a.module}\` |`);
  lines.push(
    '',
    '### Fields the app collects itself',
    '',
    '| collection | field | 信息 | 用途 | 谁能看到 | 保存期限 | 敏感 |',
    '|---|---|---|---|---|---|---|',
  );
  for (const f of PERSONAL_FIELDS) {
    lines.push(
      `| \`${f.collection}\` | \`${cell(f.field)}\` | ${cell(f.label)} | ${cell(f.purpose)} | ${cell(f.seenBy)} | ${cell(f.retention)} | ${f.sensitive ? '是' : ''} |`,
    );
  }
  lines.push('', `### Account deletion (注销账号)`, '', '| 记录 | 处理 | 说明 |', '|---|---|---|');
  for (const r of ERASURE_RULES) lines.push(`| ${cell(r.what)} | ${ACTION_LABELS[r.action]} | ${cell(r.detail)} |`);
  lines.push(
    '',
    `Retention default: ${DEFAULT_RETENTION_DAYS} days after an issue is closed (\`HUDAO_RETENTION_DAYS\`).`,
    '',
    END,
  );
  return lines.join('\n');
}

/** The doc with its generated part replaced (or appended when the markers are missing). */
export function withGenerated(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n${renderGenerated()}\n`;
  return doc.slice(0, start) + renderGenerated() + doc.slice(end + END.length);
}

if (require.main === module) {
  const current = fs.existsSync(DOC_PATH) ? fs.readFileSync(DOC_PATH, 'utf8') : '# Privacy\n';
  fs.writeFileSync(DOC_PATH, withGenerated(current));
  console.log(`wrote ${path.relative(process.cwd(), DOC_PATH)}`);
}
