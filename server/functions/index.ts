import type { ApiOf, Registry } from '../core/action';
import { account } from './account';
import { culture } from './culture';
import { eldercare } from './eldercare';
import { enterprise } from './enterprise';
import { issues } from './issues';

/**
 * Every cloud function and its actions. Each entry becomes one CloudBase
 * function (dist/cloudfunctions/<name>) and one local route (/api/functions/<name>).
 */
export const registry = {
  account,
  culture,
  eldercare,
  enterprise,
  issues,
} satisfies Registry;

export type FunctionName = keyof typeof registry;

/** Request and reply types for the front end: import with `import type` only. */
export type Api = ApiOf<typeof registry>;
