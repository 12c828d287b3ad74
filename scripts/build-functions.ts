import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
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
const CONTENT_CHECKED = ['issues', 'eldercare', 'enterprise'];

/** Every function to deploy: each registry entry, plus `timers` and `notify-sender`. cloudbaserc.json must list the same. */
/** Longer than the default only where an action fans out: culture tells a whole session's list in batches. */
const TIMEOUT_SECONDS: Record<string, number> = { culture: 20 };

export function functionSettings(): FunctionSettings[] {
  const api = Object.keys(registry).map((name) => ({
    name,
    timeout: TIMEOUT_SECONDS[name] ?? 10,
    memorySize: 256,
    // Functions whose actions take text or photos others read check them with WeChat's content security (server/platform/content-check.ts).
    ...(CONTENT_CHECKED.includes(name)
      ? { cloudDependencies: { [WX_SERVER_SDK]: WX_SERVER_SDK_VERSION }, openapi: [...CONTENT_SECURITY_APIS] }
      : {}),
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

/**
 * What a bundle may weigh and cost to load (issue 9): tests/unit/build-functions.test.ts
 * holds every bundle to the size; `npm run bench` prints the load time beside it.
 */
export const BUNDLE_BUDGET = { kb: 300, overBareNodeMs: 60 };

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
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const version = pkg.dependencies?.[CLOUD_SDK];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version))
    throw new Error(`package.json must pin ${CLOUD_SDK} to an exact version`);
  return version;
}

/** The esbuild options every function shares (one place, so the --why analysis sees what the build does). */
function bundleOptions(entry: string, outfile: string, extraExternal: string[]): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // wx-server-sdk is required lazily by shared platform code; only the functions that declare it install it.
    external: [CLOUD_SDK, WX_SERVER_SDK, ...extraExternal],
    plugins: [forbidNative],
    // Smaller code parses faster on a cold start (the figure `npm run bench` prints).
    // Stack traces in the cloud logs lose our function names; the error codes and
    // messages we log ('[internal]' + the error) are what the logs are read by.
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  };
}

/** Bundles one entry; fails when better-sqlite3 is imported or its name is left in the output. */
export async function bundleFunction(entry: string, outfile: string, extraExternal: string[] = []): Promise<string> {
  await build(bundleOptions(entry, outfile, extraExternal));
  const code = fs.readFileSync(outfile, 'utf8');
  if (code.includes('better-sqlite3'))
    throw new Error(`${path.basename(path.dirname(outfile))}: the bundle references better-sqlite3`);
  return code;
}

export async function buildFunctions(
  outDir: string = path.join(ROOT, 'dist', 'cloudfunctions'),
): Promise<BuiltFunction[]> {
  const version = sdkVersion();
  const built: BuiltFunction[] = [];
  for (const fn of functionSettings()) {
    const entry = path.join(ROOT, 'cloudfunctions', fn.name, 'index.ts');
    if (!fs.existsSync(entry)) {
      throw new Error(
        `missing entry ${path.relative(ROOT, entry)}: add it with \`export const main = createMain('${fn.name}')\``,
      );
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

/**
 * What a function's bundle is made of, from esbuild's metafile: output bytes per
 * package (node_modules) or per source folder, largest first. `npm run
 * build:functions -- --why` prints it; it is how the bundles were cut from
 * ~830 KB (every locale of zod, the whole zod namespace, every function's
 * domain in every bundle) to what they are now.
 */
export async function bundleInputs(name: string, extraExternal: string[] = []): Promise<Record<string, number>> {
  const entry = path.join(ROOT, 'cloudfunctions', name, 'index.ts');
  const result = await build({
    ...bundleOptions(entry, path.join(ROOT, '.temp', `${name}.js`), extraExternal),
    write: false,
    metafile: true,
  });
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return Object.fromEntries(
    Object.entries(inputs).map(([file, { bytesInOutput }]) => [path.relative(ROOT, path.resolve(file)), bytesInOutput]),
  );
}

export async function bundleMakeup(name: string, extraExternal: string[] = []): Promise<Array<[string, number]>> {
  const parts = new Map<string, number>();
  for (const [file, bytes] of Object.entries(await bundleInputs(name, extraExternal))) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
    const key = pkg ? (pkg[1] === 'zod' && pkg[2].includes('locales') ? 'zod (locales)' : pkg[1]) : path.dirname(file);
    parts.set(key, (parts.get(key) ?? 0) + bytes);
  }
  return [...parts.entries()].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  if (process.argv.includes('--why')) {
    for (const fn of functionSettings()) {
      const parts = await bundleMakeup(fn.name, Object.keys(fn.cloudDependencies ?? {}));
      const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
      console.log(`${fn.name} ${(total / 1024).toFixed(1)} KB`);
      for (const [part, bytes] of parts.slice(0, 8))
        console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${part}`);
    }
    return;
  }
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const built = await buildFunctions(outDir);
  for (const fn of built) {
    console.log(
      `${fn.name.padEnd(12)} ${(fn.bytes / 1024).toFixed(1).padStart(8)} KB  ${path.relative(process.cwd(), path.join(fn.dir, 'index.js'))}`,
    );
  }
  console.log(`${built.length} functions built. Deploy: see docs/deploy.md`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
