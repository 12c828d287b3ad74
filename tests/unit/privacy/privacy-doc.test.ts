import fs from 'node:fs';
import { DOC_PATH, END, START, renderGenerated, withGenerated } from '../../../scripts/privacy-doc';
import { PERSONAL_FIELDS, PRIVACY_APIS } from '../../../src/privacy/data';

describe('docs/privacy.md', () => {
  it('is up to date with src/privacy/data.ts (run `npm run privacy:doc` when this fails)', () => {
    const doc = fs.readFileSync(DOC_PATH, 'utf8');
    expect(withGenerated(doc)).toBe(doc);
  });

  it('lists every privacy API and every declared field', () => {
    const generated = renderGenerated();
    for (const api of PRIVACY_APIS) expect(generated).toContain(`\`wx.${api.api}\``);
    for (const f of PERSONAL_FIELDS) expect(generated).toContain(`| \`${f.collection}\` | \`${f.field}\` |`);
  });

  it('replaces only the generated part and keeps the prose', () => {
    const stale = `# T\n\nprose\n\n${START}\nold table\n${END}\n\nafter\n`;
    const fresh = withGenerated(stale);
    expect(fresh).toContain('prose');
    expect(fresh).toContain('after');
    expect(fresh).not.toContain('old table');
  });
});
