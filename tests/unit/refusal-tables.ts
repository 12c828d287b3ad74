import fs from 'node:fs';
import path from 'node:path';
import { AppError, isErrorCode } from '../../server/core/errors';
import type { RefusalTable } from '../../server/core/refusals';

const ROOT = path.resolve(__dirname, '../..');
const HAN = /\p{Script=Han}/u;

/** Shared checks of one domain's reason table (not a test file itself: each domain's test calls it). */
export function expectSoundTable<R extends string>(table: RefusalTable<R>): void {
  expect(table.reasons.length).toBeGreaterThan(0);
  for (const reason of table.reasons) {
    const sentence = table.refusalMessage(reason);
    const code = table.errorCodeOf(reason);
    const error = table.refusal(reason, { n: 1 });
    // One object per reason, so a failure names the reason it is about.
    expect({ reason, chinese: HAN.test(sentence), code: isErrorCode(code) }).toEqual({
      reason,
      chinese: true,
      code: true,
    });
    expect(sentence.trim()).not.toBe('');
    expect(error).toBeInstanceOf(AppError);
    expect({ code: error.code, details: error.details }).toEqual({ code, details: { reason, n: 1 } });
  }
}

/** Any `new AppError(` line: a refusal built by hand instead of through the domain's reasons table. */
export const HAND_MADE_ERROR = /new AppError\(/;

/** Lines in a domain folder (reasons.ts aside) that build an AppError by hand, as "file:line: text". */
export function handMadeErrors(domainDir: string): string[] {
  const dir = path.join(ROOT, domainDir);
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && entry.name !== 'reasons.ts') {
        fs.readFileSync(full, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (HAND_MADE_ERROR.test(line)) found.push(`${path.relative(ROOT, full)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
  };
  walk(dir);
  return found;
}
