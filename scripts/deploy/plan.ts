import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../../server/collections';
import type { CollectionSpec } from '../../server/store/collections';
import { functionSettings, type FunctionSettings } from '../build-functions';
import { indexPlan, MAX_INDEXES, type ManagerIndex } from '../cloudbase-indexes';
import { ENV_VARS } from './env-vars';

/**
 * The deploy as data: what `npm run deploy` will do, computed from the repository's
 * files and the environment without credentials or network. `--dry-run` prints it;
 * the real deploy (scripts/deploy/run.ts) executes the same steps in this order.
 */

/** CloudBase's Node.js 20 runtime (Nodejs18 is out of support). */
export const RUNTIME = 'Nodejs20.19';
/** Every collection: only the cloud functions (admin SDK) read and write; no client access. */
export const DATABASE_ACL = 'ADMINONLY';
/** Cloud storage: anyone signed in to the mini-program may read; only the uploader and admins write. */
export const STORAGE_ACL = 'READONLY';
/** Where the mini-program upload key is looked for by default (git-ignored). */
export const SECRETS_DIR = '.secrets';

export interface CloudbaseRcFunction {
  name: string;
  timeout: number;
  memorySize: number;
  runtime: string;
  installDependency?: boolean;
  handler: string;
  triggers?: Array<{ name: string; type: string; config: string }>;
  envVariables?: Record<string, string>;
}

export interface DeployInputs {
  root: string;
  env: Record<string, string | undefined>;
  rc: { version?: string; envId?: string; functionRoot?: string; functions: CloudbaseRcFunction[] };
  project: { appid?: string; miniprogramRoot?: string; cloudfunctionRoot?: string };
  pkg: { version: string };
  functions: FunctionSettings[];
  collections: CollectionSpec[];
}

export type StepKind =
  | 'build'
  | 'functions'
  | 'triggers'
  | 'function-env'
  | 'collections'
  | 'indexes'
  | 'database-rules'
  | 'storage-rules'
  | 'upload';

export interface Step {
  kind: StepKind;
  title: string;
  /** One line per action, as it will be taken. */
  actions: string[];
}

export interface Plan {
  envId: string;
  problems: string[];
  /** What the real deploy needs that a dry run does not (credentials, the upload key). */
  needs: string[];
  steps: Step[];
  collections: Array<{ collection: string; CreateIndexes: ManagerIndex[] }>;
  functionEnv: Record<string, Record<string, string>>;
  upload: { appid: string; keyFile: string; version: string; robot: number };
}

function readJson<T>(file: string, problems: string[]): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (err) {
    problems.push(`${path.basename(file)}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/** Reads `.env` then `.env.local` (later wins), then the process environment (wins over both), as the CloudBase CLI does. */
export function loadEnv(
  root: string,
  processEnv: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  const fromFiles: Record<string, string> = {};
  for (const name of ['.env', '.env.local']) {
    const file = path.join(root, name);
    if (fs.existsSync(file)) Object.assign(fromFiles, parseEnvFile(fs.readFileSync(file, 'utf8')));
  }
  return { ...fromFiles, ...processEnv };
}

/** KEY=VALUE lines; # comments; optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    out[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

export function readInputs(root: string, env: Record<string, string | undefined>, problems: string[]): DeployInputs {
  const rc = readJson<DeployInputs['rc']>(path.join(root, 'cloudbaserc.json'), problems) ?? { functions: [] };
  const project = readJson<DeployInputs['project']>(path.join(root, 'project.config.json'), problems) ?? {};
  const pkg = readJson<DeployInputs['pkg']>(path.join(root, 'package.json'), problems) ?? { version: '0.0.0' };
  return { root, env, rc, project, pkg, functions: functionSettings(), collections: COLLECTIONS };
}

const PLACEHOLDER = /^\{\{env\.([A-Z][A-Z0-9_]*)\}\}$/;
const COLLECTION_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Everything that can be checked offline: the files agree with each other and with the code. */
export function validate(inputs: DeployInputs): string[] {
  const problems: string[] = [];
  const { rc, project, functions, collections, root } = inputs;
  if (rc.version !== '2.0')
    problems.push('cloudbaserc.json: "version" must be "2.0" (turns on {{env.*}} placeholders)');
  if (rc.envId !== '{{env.ENV_ID}}')
    problems.push('cloudbaserc.json: "envId" must be "{{env.ENV_ID}}" (never a committed environment id)');
  if (rc.functionRoot !== 'dist/cloudfunctions')
    problems.push(
      'cloudbaserc.json: "functionRoot" must be "dist/cloudfunctions" (where npm run build:functions writes)',
    );
  const declared = new Map(rc.functions.map((f) => [f.name, f]));
  const functionVars = new Set(ENV_VARS.filter((v) => v.scope === 'function').map((v) => v.name));
  for (const fn of functions) {
    const entry = declared.get(fn.name);
    if (!entry) {
      problems.push(`cloudbaserc.json: function ${fn.name} is built but not declared`);
      continue;
    }
    if (entry.runtime !== RUNTIME)
      problems.push(`cloudbaserc.json: ${fn.name} runtime is ${entry.runtime}, must be ${RUNTIME}`);
    if (entry.timeout !== fn.timeout)
      problems.push(`cloudbaserc.json: ${fn.name} timeout ${entry.timeout}, build-functions says ${fn.timeout}`);
    if (entry.memorySize !== fn.memorySize)
      problems.push(
        `cloudbaserc.json: ${fn.name} memorySize ${entry.memorySize}, build-functions says ${fn.memorySize}`,
      );
    if (entry.handler !== 'index.main') problems.push(`cloudbaserc.json: ${fn.name} handler must be index.main`);
    if (JSON.stringify(entry.triggers ?? []) !== JSON.stringify(fn.triggers ?? []))
      problems.push(`cloudbaserc.json: ${fn.name} triggers differ from build-functions`);
    for (const [name, value] of Object.entries(entry.envVariables ?? {})) {
      const match = PLACEHOLDER.exec(value);
      if (!match || match[1] !== name)
        problems.push(
          `cloudbaserc.json: ${fn.name}.envVariables.${name} must be "{{env.${name}}}" (values live outside git)`,
        );
      if (!functionVars.has(name))
        problems.push(
          `cloudbaserc.json: ${fn.name}.envVariables.${name} is not documented in scripts/deploy/env-vars.ts`,
        );
    }
    if (!fs.existsSync(path.join(root, 'cloudfunctions', fn.name, 'index.ts')))
      problems.push(`cloudfunctions/${fn.name}/index.ts is missing`);
  }
  for (const name of declared.keys())
    if (!functions.some((f) => f.name === name))
      problems.push(`cloudbaserc.json: function ${name} is declared but not built`);
  if (project.miniprogramRoot !== 'dist/weapp/')
    problems.push('project.config.json: "miniprogramRoot" must be "dist/weapp/"');
  if (project.cloudfunctionRoot !== 'dist/cloudfunctions/')
    problems.push('project.config.json: "cloudfunctionRoot" must be "dist/cloudfunctions/"');
  const seen = new Set<string>();
  for (const spec of collections) {
    if (!COLLECTION_NAME.test(spec.name)) problems.push(`collection name ${spec.name} is not valid in CloudBase`);
    if (seen.has(spec.name)) problems.push(`collection ${spec.name} is declared twice`);
    seen.add(spec.name);
    if (spec.indexes.length > MAX_INDEXES)
      problems.push(`${spec.name}: ${spec.indexes.length} indexes, CloudBase allows ${MAX_INDEXES}`);
    const names = new Set(spec.indexes.map((i) => i.name));
    if (names.size !== spec.indexes.length) problems.push(`${spec.name}: two indexes share a name`);
  }
  return problems;
}

/** What only the real deploy needs; a dry run lists them instead of failing. */
export function missingForRealDeploy(inputs: DeployInputs): string[] {
  const { env, project, root } = inputs;
  const needs: string[] = [];
  for (const name of ['ENV_ID', 'TCB_SECRET_ID', 'TCB_SECRET_KEY'])
    if (!env[name]) needs.push(`${name} is not set (shell or .env.local)`);
  const appid = appidOf(inputs);
  if (!appid) needs.push('WEAPP_APPID is not set and project.config.json still says "touristappid"');
  const keyFile = keyFileOf(inputs);
  if (!fs.existsSync(path.resolve(root, keyFile)))
    needs.push(`mini-program upload key not found at ${keyFile} (WEAPP_UPLOAD_KEY_FILE)`);
  if (env.TARO_APP_CLOUD_ENV && env.ENV_ID && env.TARO_APP_CLOUD_ENV !== env.ENV_ID)
    needs.push(
      `TARO_APP_CLOUD_ENV (${env.TARO_APP_CLOUD_ENV}) differs from ENV_ID (${env.ENV_ID}): the app would call another environment`,
    );
  void project;
  return needs;
}

function appidOf(inputs: DeployInputs): string {
  const fromProject = inputs.project.appid && inputs.project.appid !== 'touristappid' ? inputs.project.appid : '';
  return inputs.env.WEAPP_APPID || fromProject;
}

function keyFileOf(inputs: DeployInputs): string {
  return inputs.env.WEAPP_UPLOAD_KEY_FILE || path.join(SECRETS_DIR, `private.${appidOf(inputs) || '<appid>'}.key`);
}

export function buildPlan(inputs: DeployInputs): Plan {
  const problems = validate(inputs);
  const envId = inputs.env.ENV_ID || '<ENV_ID>';
  const e = `--envId ${envId}`;
  const rcByName = new Map(inputs.rc.functions.map((f) => [f.name, f]));
  const collections = indexPlan(inputs.collections).map(({ collection, CreateIndexes }) => ({
    collection,
    CreateIndexes,
  }));
  const functionEnv: Plan['functionEnv'] = {};
  for (const fn of inputs.rc.functions) {
    if (!fn.envVariables || Object.keys(fn.envVariables).length === 0) continue;
    functionEnv[fn.name] = Object.fromEntries(
      Object.keys(fn.envVariables).map((name) => [name, inputs.env[name] ?? '']),
    );
  }
  const appid = appidOf(inputs) || '<WEAPP_APPID>';
  const upload = {
    appid,
    keyFile: keyFileOf(inputs),
    version: inputs.env.WEAPP_VERSION || inputs.pkg.version,
    robot: Number(inputs.env.WEAPP_ROBOT || 1),
  };
  const indexCount = collections.reduce((n, c) => n + c.CreateIndexes.length, 0);
  const steps: Step[] = [
    {
      kind: 'build',
      title: 'Build the mini-program and the cloud functions',
      actions: [`TARO_APP_CLOUD_ENV=${envId} npm run build:weapp`, 'npm run check:weapp', 'npm run build:functions'],
    },
    {
      kind: 'functions',
      title: `Deploy ${inputs.functions.length} cloud functions (${RUNTIME})`,
      actions: inputs.functions.map(
        (fn) =>
          `tcb fn deploy ${fn.name} --force ${e}    # ${rcByName.get(fn.name)?.runtime ?? RUNTIME}, ${fn.timeout} s, ${fn.memorySize} MB`,
      ),
    },
    {
      kind: 'triggers',
      title: 'Create the timer triggers',
      actions: inputs.functions
        .filter((fn) => fn.triggers?.length)
        .map(
          (fn) =>
            `tcb fn trigger create ${fn.name} ${e}    # ${fn.triggers!.map((t) => `${t.name} "${t.config}"`).join(', ')}`,
        ),
    },
    {
      kind: 'function-env',
      title: 'Set function environment variables from cloudbaserc.json',
      actions: Object.entries(functionEnv).map(
        ([fn, vars]) =>
          `functions.updateFunctionConfig ${fn}: ${Object.entries(vars)
            .map(([k, v]) => `${k}=${v ? '(set)' : '(unset)'}`)
            .join(', ')}`,
      ),
    },
    {
      kind: 'collections',
      title: `Create the ${collections.length} collections (existing ones are kept)`,
      actions: collections.map((c) => `database.createCollectionIfNotExists ${c.collection}`),
    },
    {
      kind: 'indexes',
      title: `Create the ${indexCount} indexes (existing ones are kept)`,
      actions: collections.flatMap((c) =>
        c.CreateIndexes.map(
          (i) =>
            `database.updateCollection ${c.collection} + ${i.IndexName} (${i.MgoKeySchema.MgoIndexKeys.map((k) => `${k.Name}: ${k.Direction}`).join(', ')})${i.MgoKeySchema.MgoIsUnique ? ' unique' : ''}`,
        ),
      ),
    },
    {
      kind: 'database-rules',
      title: `Collection security rules: ${DATABASE_ACL} (only the cloud functions read and write)`,
      actions: collections.map((c) => `ModifyDatabaseACL ${c.collection} ${DATABASE_ACL}`),
    },
    {
      kind: 'storage-rules',
      title: `Storage security rule: ${STORAGE_ACL} (readable by app users, writable by the uploader and admins)`,
      actions: [`ModifyStorageSafeRule <bucket of ${envId}> ${STORAGE_ACL}`],
    },
    {
      kind: 'upload',
      title: 'Upload the mini-program (miniprogram-ci)',
      actions: [
        `miniprogram-ci upload appid=${upload.appid} key=${upload.keyFile} version=${upload.version} robot=${upload.robot} from dist/weapp/`,
      ],
    },
  ];
  return { envId, problems, needs: missingForRealDeploy(inputs), steps, collections, functionEnv, upload };
}

export function formatPlan(plan: Plan, dryRun: boolean): string {
  const lines: string[] = [];
  lines.push(
    `${dryRun ? 'Dry run: nothing is changed, no network, no credentials used.' : 'Deploy'} Environment: ${plan.envId}`,
  );
  lines.push('');
  lines.push(
    plan.problems.length
      ? `Problems (${plan.problems.length}), fix before deploying:`
      : 'Files checked: cloudbaserc.json, project.config.json, package.json, function entries, collections and indexes: all consistent.',
  );
  for (const p of plan.problems) lines.push(`  ✗ ${p}`);
  if (plan.needs.length) {
    lines.push('', `The real deploy will also need:`);
    for (const n of plan.needs) lines.push(`  • ${n}`);
  }
  plan.steps.forEach((step, i) => {
    lines.push('', `${i + 1}. ${step.title}`);
    for (const action of step.actions) lines.push(`   ${action}`);
  });
  return lines.join('\n');
}
