import fs from 'node:fs';
import path from 'node:path';
import { markdownTable } from '../cloudbase-indexes';
import { envExample, envTable } from './env-vars';

/**
 * `npm run docs:deploy`: regenerates the parts of docs/deploy.md that come from
 * code (the index table from the collection handles, the environment variables
 * from scripts/deploy/env-vars.ts) and .env.example. tests/unit/deploy.test.ts
 * fails when they are stale.
 */
export const ROOT = path.resolve(__dirname, '../..');
export const DEPLOY_DOC = path.join(ROOT, 'docs', 'deploy.md');
export const ENV_EXAMPLE = path.join(ROOT, '.env.example');

export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- generated:${name} (npm run docs:deploy) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/deploy.md has no ${start} … ${end} section`);
  return `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}

export function generatedDeployDoc(current: string): string {
  return replaceSection(replaceSection(current, 'indexes', markdownTable()), 'env', envTable());
}

if (require.main === module) {
  fs.writeFileSync(DEPLOY_DOC, generatedDeployDoc(fs.readFileSync(DEPLOY_DOC, 'utf8')));
  fs.writeFileSync(ENV_EXAMPLE, envExample());
  console.log('updated docs/deploy.md (indexes, environment variables) and .env.example');
}
