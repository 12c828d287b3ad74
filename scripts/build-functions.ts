import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { registry } from '../server/functions';

/**
 * `npm run build:functions`: one self-contained CommonJS bundle per cloud
 * function in dist/cloudfunctions/<name>/, plus the package.json the cloud
 * installs from (@cloudbase/node-sdk, plus a function's declared `cloudDependencies`)
 * and a config.json.
 */
export const ROOT = path.resolve(__dirname, '..');
export const CLOUD_SDK = '@cloudbase/node-sdk';
/** The timer trigger: every 5 minutes (CloudBase cron has 7 fields: s m h d M w y). */
export const WX_SERVER_SDK = 'wx-server-sdk';
/** Pinned: the cloud installs exactly this; not a root dependency (nothing local imports it). */
export const WX_SERVER_SDK_VERSION = '4.0.2';
export const TIMER_TRIGGER = { name: 'every5min', type: 'timer', config: '0 */5 * * * * *' } as const;

export interface FunctionSettings {
  name: string;
  /** Seconds (1-60). Request functions wait on a few database round trips and retries. */
  timeout: number;
  memorySize: number;
  triggers?: Array<typeof TIMER_TRIGGER>;
  /**
   * Packages this function alone gets from the cloud's `npm install` (exact versions),
   * besides @cloudbase/node-sdk; kept external to the bundle, never in the root dependencies.
   */
  cloudDependencies?: Record<string, string>;
  /** WeChat open APIs the function calls through wx-server-sdk (config.json `permissions.openapi`). */
  openapi?: string[];
}

export const CONTENT_SECURITY_APIS = ['security.msgSecCheck', 'security.mediaCheckAsync'] as const;
/** The functions whose actions take residents' text or photos that others read. */
const CONTENT_CHECKED = ['issues', 'eldercare'];

/** Every function to deploy: each registry entry, plus `timers` and `notify-sender`. cloudbaserc.json must list the same. */
/** Longer than the default only where an action fans out: culture tells a whole session's list in batches. */
const TIMEOUT_SECONDS: Record<string, number> = { culture: 20 };

export function functionSettings(): FunctionSettings[] {
  const api = Object.keys(registry).map((name) => ({
    name,
    timeout: TIMEOUT_SECONDS[name] ?? 10,
    memorySize: 256,
    // Functions whose actions take text or photos others read check them with WeChat's content security (server/platform/content-check.ts).
    ...(CONTENT_CHECKED.includes(name) ? { cloudDependencies: { [WX_SERVER_SDK]: WX_SERVER_SDK_VERSION }, openapi: [...CONTENT_SECURITY_APIS] } : {}),
  }));
  return [
    ...api,
    { name: 'timers', timeout: 60, memorySize: 256, triggers: [TIMER_TRIGGER] },
    // Subscription messages (server/platform/subscribe-sender.ts); wx-server-sdk is the documented route to the open API.
    {
      name: 'notify-sender',
      timeout: 60,
      memorySize: 256,
      triggers: [TIMER_TRIGGER],
      cloudDependencies: { [WX_SERVER_SDK]: WX_SERVER_SDK_VERSION },
      openapi: ['subscribeMessage.send'],
    },
    // Receives mediaCheckAsync verdicts through 消息推送 (event wxa_media_check) and applies them (server/domain/moderation/queue.ts).
    { name: 'content-check', timeout: 10, memorySize: 256 },
  ];
}

export interface BuiltFunction {
  name: string;
  dir: string;
  bytes: number;
}

/** The native SQLite driver cannot run in the cloud and must never reach a bundle. */
const forbidNative: Plugin = {
  name: 'forbid-better-sqlite3',
  setup(b) {
    b.onResolve({ filter: /^better-sqlite3(\/|$)/ }, (args) => ({
      errors: [{ text: `better-sqlite3 must not be bundled into a cloud function (imported from ${args.importer})` }],
    }));
  },
};

function sdkVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const version = pkg.dependencies?.[CLOUD_SDK];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json must pin ${CLOUD_SDK} to an exact version`);
  return version;
}

/** Bundles one entry; fails when better-sqlite3 is imported or its name is left in the output. */
export async function bundleFunction(entry: string, outfile: string, extraExternal: string[] = []): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // wx-server-sdk is required lazily by shared platform code; only the functions that declare it install it.
    external: [CLOUD_SDK, WX_SERVER_SDK, ...extraExternal],
    plugins: [forbidNative],
    // Smaller code parses faster on a cold start; identifiers stay unminified
    // so stack traces in the cloud logs still name our functions.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = fs.readFileSync(outfile, 'utf8');
  if (code.includes('better-sqlite3')) throw new Error(`${path.basename(path.dirname(outfile))}: the bundle references better-sqlite3`);
  return code;
}

export async function buildFunctions(outDir: string = path.join(ROOT, 'dist', 'cloudfunctions')): Promise<BuiltFunction[]> {
  const version = sdkVersion();
  const built: BuiltFunction[] = [];
  for (const fn of functionSettings()) {
    const entry = path.join(ROOT, 'cloudfunctions', fn.name, 'index.ts');
    if (!fs.existsSync(entry)) {
      throw new Error(`missing entry ${path.relative(ROOT, entry)}: add it with \`export const main = createMain('${fn.name}')\``);
    }
    const dir = path.join(outDir, fn.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const outfile = path.join(dir, 'index.js');
    const code = await bundleFunction(entry, outfile, Object.keys(fn.cloudDependencies ?? {}));
    writeJson(path.join(dir, 'package.json'), {
      name: fn.name,
      version: '1.0.0',
      private: true,
      main: 'index.js',
      dependencies: { [CLOUD_SDK]: version, ...fn.cloudDependencies },
    });
    writeJson(path.join(dir, 'config.json'), {
      timeout: fn.timeout,
      memorySize: fn.memorySize,
      // Open APIs the function calls (subscribeMessage.send, security.*; docs/deploy.md).
      permissions: { openapi: fn.openapi ?? [] },
      ...(fn.triggers ? { triggers: fn.triggers } : {}),
    });
    built.push({ name: fn.name, dir, bytes: Buffer.byteLength(code) });
  }
  return built;
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function main(): Promise<void> {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const built = await buildFunctions(outDir);
  for (const fn of built) {
    console.log(`${fn.name.padEnd(12)} ${(fn.bytes / 1024).toFixed(1).padStart(8)} KB  ${path.relative(process.cwd(), path.join(fn.dir, 'index.js'))}`);
  }
  console.log(`${built.length} functions built. Deploy: see docs/deploy.md`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
