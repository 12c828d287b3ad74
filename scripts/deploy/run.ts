import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DATABASE_ACL, STORAGE_ACL, type DeployInputs, type Plan } from './plan';

/**
 * The real deploy: executes a plan's steps in order, stopping at the first
 * failure (each step is safe to repeat: existing collections, indexes and
 * triggers are kept, functions are redeployed with --force). The tools
 * (@cloudbase/cli, @cloudbase/manager-node, miniprogram-ci: about 1,200
 * packages) live in deploy/tools with their own lock file and are installed
 * there on first use, so neither `npm install` nor the dry run needs them.
 */
export const TOOLS_DIR = path.join('deploy', 'tools');

export type Shell = (
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; secretArgs?: boolean },
) => void;

const sh: Shell = (command, args, options) => {
  console.log(
    `$ ${command} ${options.secretArgs ? args.map((a, i) => (i > 1 ? '***' : a)).join(' ') : args.join(' ')}`,
  );
  const run = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'inherit' });
  if (run.status !== 0)
    throw new Error(`${path.basename(command)} ${args.slice(0, 2).join(' ')} failed (exit ${run.status})`);
};

/** What the real deploy drives; a test passes doubles to check the calls and their order. */
export interface DeployTools {
  tcb: string;
  CloudBase: new (options: object) => any;
  ci: any;
  sh: Shell;
}

function loadTools(root: string): DeployTools {
  const dir = path.join(root, TOOLS_DIR);
  if (!fs.existsSync(path.join(dir, 'node_modules', '@cloudbase', 'manager-node'))) {
    console.log(`Installing the deploy tools into ${TOOLS_DIR} (first deploy only)…`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
  const req = createRequire(path.join(dir, 'package.json'));
  const Manager = req('@cloudbase/manager-node');
  return {
    tcb: path.join(dir, 'node_modules', '.bin', 'tcb'),
    CloudBase: (Manager.default ?? Manager) as new (options: object) => any,
    ci: req('miniprogram-ci') as any,
    sh,
  };
}

export async function runDeploy(
  plan: Plan,
  inputs: DeployInputs,
  tools: DeployTools = loadTools(inputs.root),
): Promise<void> {
  const { root, env } = inputs;
  const envId = env.ENV_ID!;
  const childEnv = { ...process.env, ...env, TARO_APP_CLOUD_ENV: envId } as NodeJS.ProcessEnv;
  const { sh } = tools;
  const manager = new tools.CloudBase({ secretId: env.TCB_SECRET_ID, secretKey: env.TCB_SECRET_KEY, envId });
  const total = plan.steps.length;

  for (const [i, step] of plan.steps.entries()) {
    console.log(`\n== ${i + 1}/${total} ${step.title}`);
    switch (step.kind) {
      case 'build':
        sh('npm', ['run', 'build:weapp'], { cwd: root, env: childEnv });
        sh('npm', ['run', 'check:weapp'], { cwd: root, env: childEnv });
        sh('npm', ['run', 'build:functions'], { cwd: root, env: childEnv });
        break;
      case 'functions':
        sh(tools.tcb, ['login', '--apiKeyId', env.TCB_SECRET_ID!, '--apiKey', env.TCB_SECRET_KEY!], {
          cwd: root,
          env: childEnv,
          secretArgs: true,
        });
        for (const fn of inputs.functions)
          sh(tools.tcb, ['fn', 'deploy', fn.name, '--force', '--envId', envId], { cwd: root, env: childEnv });
        break;
      case 'triggers':
        for (const fn of inputs.functions.filter((f) => f.triggers?.length))
          sh(tools.tcb, ['fn', 'trigger', 'create', fn.name, '--envId', envId], { cwd: root, env: childEnv });
        break;
      case 'function-env':
        for (const [name, vars] of Object.entries(plan.functionEnv)) {
          const set = Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== ''));
          await manager.functions.updateFunctionConfig({ name, envVariables: set });
          console.log(`  ${name}: ${Object.keys(set).join(', ') || '(none set)'}`);
        }
        break;
      case 'collections':
        for (const { collection } of plan.collections) {
          if ((await manager.database.checkCollectionExists(collection)).Exists) continue;
          await manager.database.createCollection(collection);
          console.log(`  + ${collection}`);
        }
        break;
      case 'indexes':
        for (const { collection, CreateIndexes } of plan.collections) {
          for (const index of CreateIndexes) {
            if ((await manager.database.checkIndexExists(collection, index.IndexName)).Exists) continue;
            await manager.database.updateCollection(collection, { CreateIndexes: [index] });
            console.log(`  + ${collection}.${index.IndexName}`);
          }
        }
        break;
      case 'database-rules':
        for (const { collection } of plan.collections) {
          await manager.commonService().call({
            Action: 'ModifyDatabaseACL',
            Param: { EnvId: envId, CollectionName: collection, AclTag: DATABASE_ACL },
          });
        }
        console.log(`  ${plan.collections.length} collections: ${DATABASE_ACL}`);
        break;
      case 'storage-rules': {
        const info = await manager.env.getEnvInfo();
        const bucket = info?.EnvInfo?.Storages?.[0]?.Bucket;
        if (!bucket)
          throw new Error('the environment has no storage bucket: open 云存储 once in the console, then deploy again');
        await manager
          .commonService()
          .call({ Action: 'ModifyStorageSafeRule', Param: { EnvId: envId, Bucket: bucket, AclTag: STORAGE_ACL } });
        console.log(`  ${bucket}: ${STORAGE_ACL}`);
        break;
      }
      case 'upload': {
        const project = new tools.ci.Project({
          appid: plan.upload.appid,
          type: 'miniProgram',
          projectPath: root,
          privateKeyPath: path.resolve(root, plan.upload.keyFile),
          ignores: ['node_modules/**/*', 'deploy/**/*', '.data/**/*', '.secrets/**/*'],
        });
        const desc = env.WEAPP_DESC || lastCommitSubject(root);
        await tools.ci.upload({
          project,
          version: plan.upload.version,
          desc,
          robot: plan.upload.robot,
          setting: { es6: false, minify: false },
        });
        console.log(
          `  uploaded ${plan.upload.version} (robot ${plan.upload.robot}): set it as 体验版 or submit it for review in 公众平台 → 版本管理`,
        );
        break;
      }
    }
  }
}

function lastCommitSubject(root: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%s'], { cwd: root, encoding: 'utf8' }).trim().slice(0, 100);
  } catch {
    return 'npm run deploy';
  }
}
