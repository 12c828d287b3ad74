import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CULTURE_BURST, cultureRecount, enrolBurst, prepareCultureBurst } from '../../bench/scenarios/culture';
import { CULTURE_SESSIONS, CULTURE_WAITLIST, type SessionDoc } from '../../server/domain/culture/model';
import {
  assertDatabaseHealthy,
  backupDatabase,
  scheduledBackup,
  checkDatabaseFile,
  DatabaseDamaged,
  listBackups,
  restoreDatabase,
  RestoreRefused,
} from '../../runtime/backup';
import { RuntimeClient } from '../../runtime/http-client';
import { launchRuntime, type Launched } from '../../runtime/launch';
import { TEST_RATE_LIMITS, TEST_SECRET } from '../helpers/runtime';

/**
 * Backups that are proven: a copy taken while 2,000 residents enrol at once is
 * consistent (restored, every counter equals its rows and no seat is sold
 * twice), and a damaged file is refused before anything is replaced.
 */
jest.setTimeout(180_000);

let dir: string;
let dbFile: string;
let backupDir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-backup-'));
  dbFile = path.join(dir, 'hudao.sqlite');
  backupDir = path.join(dir, 'backups');
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const launch = () =>
  launchRuntime({
    dbFile,
    backupDir,
    tokenSecret: TEST_SECRET,
    demoLogin: true,
    rateLimits: TEST_RATE_LIMITS,
    log: () => undefined,
  });

/** The culture invariants of one session, read from the store. */
async function invariants(rt: Launched, sessionId: string) {
  const { session, enrolments } = await cultureRecount(rt.deps, sessionId);
  const slots = await rt.deps.store.count(CULTURE_WAITLIST, { sessionId });
  const of = (state: string) => enrolments.filter((e) => e.state === state);
  const tickets = enrolments.map((e) => e.ticketNo).sort((a, b) => a! - b!);
  const seqs = of('waitlisted')
    .map((e) => e.seq)
    .sort((a, b) => a! - b!);
  return { session, enrolments, slots, of, tickets, seqs };
}

function expectConsistent(session: SessionDoc, inv: Awaited<ReturnType<typeof invariants>>) {
  const { enrolments, slots, of, tickets, seqs } = inv;
  expect(session.counts.enrolled).toBe(of('enrolled').length);
  expect(session.counts.waitlisted).toBe(of('waitlisted').length);
  expect(of('enrolled').length).toBeLessThanOrEqual(session.capacity);
  expect(new Set(enrolments.map((e) => e.openid)).size).toBe(enrolments.length);
  // Every arrival got exactly one ticket, numbered without a gap; the waiting list likewise.
  expect(session.ticketSeq).toBe(enrolments.length);
  expect(tickets).toEqual(Array.from({ length: enrolments.length }, (_, i) => i + 1));
  expect(session.waitSeq).toBe(seqs.length);
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  expect(slots).toBe(seqs.length);
}

describe('a backup taken in the middle of an enrolment burst', () => {
  let sessionId: string;
  let backupFile: string;
  let inBackup: number;

  it('is taken while the runtime serves the burst, and every enrolment still succeeds', async () => {
    const rt = await launch();
    try {
      const client = new RuntimeClient(rt.url);
      const fx = await prepareCultureBurst(client, rt.deps, 'backup');
      sessionId = fx.sessionId;
      const burst = enrolBurst(client, fx);
      // Wait (on the data, not the clock) until the burst has started committing, then copy.
      let started = 0;
      while ((started = (await rt.deps.store.get(CULTURE_SESSIONS, sessionId))!.ticketSeq) === 0)
        await new Promise((r) => setImmediate(r));
      const result = await backupDatabase(dbFile, backupDir, { keep: 3 });
      backupFile = result.file;
      const { replies } = await burst;
      expect(replies.filter((r) => r.status !== 200 || !r.body.ok)).toEqual([]);
      expect(started).toBeGreaterThan(0);
      // The live store ends complete and consistent too.
      const live = await invariants(rt, sessionId);
      expect(live.enrolments).toHaveLength(CULTURE_BURST.residents);
      expectConsistent(live.session, live);
    } finally {
      await rt.close();
    }
  });

  it('holds part of the burst: a snapshot from the middle, not the start or the end', () => {
    const check = checkDatabaseFile(backupFile);
    expect(check).toMatchObject({ ok: true, problems: [] });
    const Database = require('better-sqlite3');
    const db = new Database(backupFile, { readonly: true });
    inBackup = (
      db
        .prepare(`SELECT count(*) AS n FROM culture_enrolments WHERE json_extract(doc, '$.targetId') = ?`)
        .get(sessionId) as { n: number }
    ).n;
    db.close();
    expect(inBackup).toBeGreaterThan(0);
    expect(inBackup).toBeLessThan(CULTURE_BURST.residents);
  });

  it('restores, and the restored store keeps every invariant: counters equal rows, no oversell', async () => {
    const result = await restoreDatabase(backupFile, dbFile);
    expect(result.previous).not.toBeNull();
    const rt = await launch();
    try {
      const restored = await invariants(rt, sessionId);
      expect(restored.enrolments).toHaveLength(inBackup);
      expectConsistent(restored.session, restored);
      // The restored runtime carries on: the next resident gets the next ticket.
      const client = new RuntimeClient(rt.url);
      const token = await client.loginOpenid('after-restore-1');
      const reply = await client.call('culture', { action: 'enrolSession', sessionId }, token);
      expect(reply.body.ok).toBe(true);
      const after = await invariants(rt, sessionId);
      expectConsistent(after.session, after);
    } finally {
      await rt.close();
    }
  });
});

describe('the scheduled backup', () => {
  it('writes a checked copy and one log line; a failure is logged, never thrown', async () => {
    const scheduleDir = path.join(dir, 'scheduled');
    const lines: string[] = [];
    await scheduledBackup(dbFile, scheduleDir, 2, (l) => lines.push(l));
    expect(listBackups(scheduleDir)).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'info',
      event: 'backup',
      file: expect.stringMatching(/^hudao-.*\.sqlite$/),
    });
    await scheduledBackup(path.join(dir, 'missing.sqlite'), scheduleDir, 2, (l) => lines.push(l));
    expect(JSON.parse(lines[1])).toMatchObject({
      level: 'error',
      event: 'backup',
      message: expect.stringContaining('没有找到数据库文件'),
    });
  });
});

describe('backup rotation', () => {
  it('keeps the newest N copies', async () => {
    const rotDir = path.join(dir, 'rotation');
    for (let i = 0; i < 5; i++)
      await backupDatabase(dbFile, rotDir, { keep: 2, now: new Date(Date.UTC(2026, 10, 1 + i)) });
    expect(listBackups(rotDir).map((f) => path.basename(f))).toEqual([
      'hudao-20261104T000000000Z.sqlite',
      'hudao-20261105T000000000Z.sqlite',
    ]);
    // Each backup is one self-contained file: nothing else is left in the folder.
    expect(fs.readdirSync(rotDir).sort()).toEqual([
      'hudao-20261104T000000000Z.sqlite',
      'hudao-20261105T000000000Z.sqlite',
    ]);
  });
});

describe('a bad backup is refused before anything is replaced', () => {
  function corruptCopy(name: string): string {
    const file = path.join(dir, name);
    const bytes = fs.readFileSync(listBackups(backupDir).at(-1)!);
    // Overwrite pages in the middle of the file: b-tree pages of the data.
    for (let i = 8192; i < Math.min(bytes.length, 8192 * 6); i++) bytes[i] = (i * 7) & 0xff;
    fs.writeFileSync(file, bytes);
    return file;
  }

  it.each([
    ['a file with damaged pages', () => corruptCopy('damaged.sqlite')],
    [
      'a file that is not a database',
      () => (fs.writeFileSync(path.join(dir, 'notes.sqlite'), 'hello'.repeat(1000)), path.join(dir, 'notes.sqlite')),
    ],
    [
      'a database of something else',
      () => {
        const Database = require('better-sqlite3');
        const file = path.join(dir, 'other.sqlite');
        const db = new Database(file);
        db.exec('CREATE TABLE things (a, b)');
        db.close();
        return file;
      },
    ],
    ['a missing file', () => path.join(dir, 'nope.sqlite')],
  ])('%s', async (_what, make) => {
    const bad = make();
    const before = fs.readFileSync(dbFile);
    await expect(restoreDatabase(bad, dbFile)).rejects.toThrow(RestoreRefused);
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('npm run restore says why and exits non-zero', () => {
    const bad = corruptCopy('cli-damaged.sqlite');
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/restore.ts', bad], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, HUDAO_DB: dbFile, TOKEN_SECRET: 'x' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('未通过检查');
    expect(run.stderr).toContain('没有任何改动');
  });
});

describe('the start-up check', () => {
  it('stops a start on a damaged database and says what to do', () => {
    const damaged = path.join(dir, 'live-damaged.sqlite');
    const bytes = fs.readFileSync(listBackups(backupDir).at(-1)!);
    for (let i = 8192; i < Math.min(bytes.length, 8192 * 6); i++) bytes[i] = 0xee;
    fs.writeFileSync(damaged, bytes);
    expect(() => assertDatabaseHealthy(damaged, backupDir)).toThrow(DatabaseDamaged);
    try {
      assertDatabaseHealthy(damaged, backupDir);
    } catch (err) {
      expect((err as Error).message).toContain('数据库文件已损坏');
      expect((err as Error).message).toContain(`npm run restore -- ${listBackups(backupDir).at(-1)}`);
    }
  });

  it('lets a healthy database start', () => {
    expect(() => assertDatabaseHealthy(dbFile, backupDir)).not.toThrow();
  });
});
