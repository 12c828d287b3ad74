import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkImport,
  findViolations,
  formatViolation,
  importsOf,
  layerOf,
  sourceFiles,
} from '../../scripts/import-directions';

const ROOT = path.resolve(__dirname, '../..');

test('every import of src, server, seed, runtime and cloudfunctions goes the allowed way', () => {
  const files = sourceFiles(ROOT);
  // The scan must actually see the layers it guards, or an empty pass would mean nothing.
  for (const layer of ['src', 'core', 'domain', 'functions', 'jobs', 'platform', 'seed', 'runtime', 'entry'] as const) {
    expect(files.some((f) => layerOf(f) === layer)).toBe(true);
  }
  expect(findViolations(ROOT, files).map(formatViolation)).toEqual([]);
});

describe('a wrong-way import fails the check', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-directions-'));
    write(
      'server/core/action.ts',
      `import type { DocumentStore } from '../store/port';\nexport type X = DocumentStore;\n`,
    );
    write(
      'server/core/dispatch.ts',
      `import { loadPrincipal } from '../domain/account/principal';\nexport const d = loadPrincipal;\n`,
    );
    write('server/core/job.ts', `import type { Deps } from './action';\nexport type J = import('../jobs').Runner;\n`);
    write('server/store/port.ts', `export interface DocumentStore {}\n`);
    write(
      'server/domain/account/principal.ts',
      `import type { X } from '../../core/action';\nexport async function loadPrincipal(x: X) { return x; }\n`,
    );
    write(
      'server/domain/culture/seeding.ts',
      `import { SESSIONS } from '../../../seed/culture';\nexport const s = SESSIONS;\n`,
    );
    write('server/domain/issues/push.ts', `import tcb from '@cloudbase/node-sdk';\nexport const t = tcb;\n`);
    write('server/domain/issues/lazy.ts', `export const r = () => require('../../platform/wechat-send');\n`);
    write(
      'server/functions/account.ts',
      `import { loadPrincipal } from '../domain/account/principal';\nexport { loadPrincipal };\n`,
    );
    write('server/jobs/index.ts', `export interface Runner {}\n`);
    write('server/platform/wechat-send.ts', `export const send = 1;\n`);
    write('seed/culture.ts', `export const SESSIONS = [];\n`);
    write('src/api/types.ts', `import type { Api } from '../../server/functions/account';\nexport type { Api };\n`);
    write(
      'src/pages/bad.tsx',
      `import { loadPrincipal } from '../../server/functions/account';\nexport const x = loadPrincipal;\n`,
    );
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('each wrong-way import is reported with its file, line and rule', () => {
    const found = findViolations(root).map(formatViolation).sort();
    expect(found).toEqual(
      [
        "server/core/dispatch.ts:1: '../domain/account/principal': core must not import domain (server/domain/account/principal.ts)",
        "server/core/job.ts:2: '../jobs': core must not import jobs (server/jobs/index.ts)",
        "server/domain/culture/seeding.ts:1: '../../../seed/culture': domain must not import seed (seed/culture.ts)",
        "server/domain/issues/lazy.ts:1: '../../platform/wechat-send': domain must not import platform (server/platform/wechat-send.ts)",
        "server/domain/issues/push.ts:1: '@cloudbase/node-sdk': domain imports no platform SDK (@cloudbase/node-sdk)",
        "src/pages/bad.tsx:1: '../../server/functions/account': src imports back-end code only as types (import type), not server/functions/account.ts",
      ].sort(),
    );
  });

  test('the same import is fine in the direction the layers allow', () => {
    const ref = importsOf(root, 'server/functions/account.ts')[0];
    expect(ref).toMatchObject({ target: 'server/domain/account/principal.ts', typeOnly: false });
    expect(checkImport('server/functions/account.ts', ref)).toEqual([]);
  });
});

test('putting the old principal import back into the real dispatch is caught', () => {
  const file = 'server/core/dispatch.ts';
  const text = `import { loadPrincipal } from '../domain/account/principal';\n${fs.readFileSync(path.join(ROOT, file), 'utf8')}`;
  const rules = importsOf(ROOT, file, text).flatMap((ref) => checkImport(file, ref));
  expect(rules).toEqual(['core must not import domain (server/domain/account/principal.ts)']);
});
