import path from 'node:path';
import { buildPlan, formatPlan, loadEnv, readInputs } from './deploy/plan';

/**
 * `npm run deploy`: builds and deploys everything to CloudBase and uploads the
 * mini-program (docs/deploy.md). `npm run deploy -- --dry-run` checks every file
 * and prints every step without credentials or network; CI runs it.
 */
async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--dry-run');
  if (unknown.length) throw new Error(`不认识的参数 ${unknown.join(' ')}（可用：--dry-run）`);
  const dryRun = argv.includes('--dry-run');
  const root = path.resolve(__dirname, '..');
  const problems: string[] = [];
  const inputs = readInputs(root, loadEnv(root), problems);
  const plan = buildPlan(inputs);
  plan.problems.unshift(...problems);
  console.log(formatPlan(plan, dryRun));
  if (plan.problems.length) return 1;
  if (dryRun) return 0;
  if (plan.needs.length) {
    console.error(`\nCannot deploy yet:\n  ${plan.needs.join('\n  ')}\nSee docs/deploy.md.`);
    return 1;
  }
  // Loaded only here: the real deploy's tools are not needed for a dry run.
  const { runDeploy } = await import('./deploy/run');
  await runDeploy(plan, inputs);
  console.log('\nDeployed. Check the list in docs/deploy.md, "Check after deploying".');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('deploy failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
