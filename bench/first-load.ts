import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launchRuntime } from '../runtime/launch';

/**
 * The first load of 首页 as a signed-in resident with an empty cache: bytes on
 * the wire (compressed bodies plus headers, as Chromium counts them) and
 * requests, API calls included. Needs the H5 build and Debian's Chromium.
 */
const H5_DIR = path.resolve(__dirname, '../dist/h5');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
export const FIRST_LOAD_BUDGET = 200 * 1024;

export interface FirstLoad {
  bytes: number;
  requests: number;
  byType: Record<string, { bytes: number; requests: number }>;
}

export async function measureFirstLoad(): Promise<FirstLoad | string> {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) return 'skipped: no H5 build (npm run build:h5)';
  if (!fs.existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM}`;
  const runtime = await launchRuntime({
    tokenSecret: 'bench',
    demoLogin: true,
    staticDir: H5_DIR,
    log: () => undefined,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // Sign in once through the login page, then load 首页 in a fresh context (empty cache) holding that session.
    const login = await browser.newContext({ baseURL: runtime.url, viewport: { width: 390, height: 844 } });
    const first = await login.newPage();
    await first.goto('/pages/login/index');
    await first
      .getByRole('button', { name: /王建华/ })
      .first()
      .click();
    await first.waitForURL(/pages\/index\/index|\/$/);
    const state = await login.storageState();
    await login.close();

    const context = await browser.newContext({
      baseURL: runtime.url,
      viewport: { width: 390, height: 844 },
      storageState: state,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const result: FirstLoad = { bytes: 0, requests: 0, byType: {} };
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId) ?? 'Other';
      result.bytes += e.encodedDataLength;
      result.requests += 1;
      const t = (result.byType[type] ??= { bytes: 0, requests: 0 });
      t.bytes += e.encodedDataLength;
      t.requests += 1;
    });
    await page.goto('/pages/index/index', { waitUntil: 'networkidle' });
    await page.getByTestId('page-root').first().waitFor({ state: 'visible' });
    await context.close();
    return result;
  } finally {
    await browser.close();
    await runtime.close();
  }
}

export function printFirstLoad(load: FirstLoad | string): void {
  console.log('\n## H5 first load of 首页 (signed in, empty cache, Chromium)');
  if (typeof load === 'string') {
    console.log(load);
    return;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`| what | requests | on the wire |\n|---|---:|---:|`);
  for (const [type, t] of Object.entries(load.byType).sort((a, b) => b[1].bytes - a[1].bytes))
    console.log(`| ${type} | ${t.requests} | ${kb(t.bytes)} |`);
  console.log(
    `| **total** | **${load.requests}** | **${kb(load.bytes)}** (budget ${kb(FIRST_LOAD_BUDGET)}: ${load.bytes <= FIRST_LOAD_BUDGET ? 'within' : 'OVER'}) |`,
  );
}

if (require.main === module) {
  measureFirstLoad()
    .then(printFirstLoad)
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
