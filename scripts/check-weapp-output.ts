/**
 * Checks the WeChat build after `npm run build:weapp`: app.json declares pages,
 * tab bar and subpackages whose files exist, and the main package and each
 * subpackage stay under WeChat's 2 MB limit. Prints the sizes; exits 1 on failure.
 *
 *   npx tsx scripts/check-weapp-output.ts [dist/weapp]
 */
import fs from 'node:fs';
import path from 'node:path';

const MB = 1024 * 1024;
/** WeChat: main package <= 2 MB, each subpackage <= 2 MB, all together <= 20 MB for service-provider apps (30 MB otherwise). */
const MAIN_LIMIT = 2 * MB;
const SUB_LIMIT = 2 * MB;
const TOTAL_LIMIT = 20 * MB;

interface SubPackage {
  root: string;
  pages: string[];
}

interface AppJson {
  pages?: string[];
  subPackages?: SubPackage[];
  subpackages?: SubPackage[];
  tabBar?: { list?: Array<{ pagePath: string; text: string }> };
}

const dist = path.resolve(process.argv[2] ?? 'dist/weapp');
const problems: string[] = [];

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function readAppJson(): AppJson {
  const file = path.join(dist, 'app.json');
  if (!fs.existsSync(file)) {
    console.error(`没有找到 ${file}：请先运行 npm run build:weapp`);
    process.exit(1);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson;
}

/** A page compiles to .js, .json and .wxml beside each other. */
function checkPageFiles(page: string): void {
  for (const ext of ['.js', '.json', '.wxml']) {
    if (!fs.existsSync(path.join(dist, page + ext))) problems.push(`page ${page}: missing ${page}${ext}`);
  }
}

const app = readAppJson();
const pages = app.pages ?? [];
const subPackages = app.subPackages ?? app.subpackages ?? [];
const tabs = app.tabBar?.list ?? [];

if (pages.length === 0) problems.push('app.json: no pages');
if (tabs.length < 2) problems.push('app.json: tabBar needs at least 2 items');
if (subPackages.length === 0) problems.push('app.json: no subPackages');
for (const tab of tabs) {
  if (!pages.includes(tab.pagePath)) problems.push(`tabBar item ${tab.text}: ${tab.pagePath} is not a main-package page`);
}
pages.forEach(checkPageFiles);
for (const sub of subPackages) {
  if (!sub.root || !Array.isArray(sub.pages) || sub.pages.length === 0) problems.push(`subPackage ${JSON.stringify(sub)}: needs root and pages`);
  for (const page of sub.pages ?? []) checkPageFiles(path.posix.join(sub.root, page));
}

// Sizes: a file belongs to the subpackage whose root contains it, otherwise to the main package.
const roots = subPackages.map((s) => s.root.replace(/\/+$/, '') + '/');
const sizes = new Map<string, number>([['(main)', 0], ...roots.map((r) => [r, 0] as [string, number])]);
let total = 0;
for (const file of listFiles(dist)) {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  const size = fs.statSync(file).size;
  const owner = roots.find((r) => rel.startsWith(r)) ?? '(main)';
  sizes.set(owner, (sizes.get(owner) ?? 0) + size);
  total += size;
}

console.log(`WeChat build: ${dist}`);
console.log(`  pages: ${pages.length}, tab bar: ${tabs.map((t) => t.text).join(' / ')}, subpackages: ${subPackages.length}`);
for (const [owner, size] of sizes) {
  const limit = owner === '(main)' ? MAIN_LIMIT : SUB_LIMIT;
  const label = owner === '(main)' ? 'main package' : `subpackage ${owner}`;
  console.log(`  ${label.padEnd(32)} ${kb(size).padStart(10)}  (${((size / limit) * 100).toFixed(1)}% of 2 MB)`);
  if (size > limit) problems.push(`${label} is ${kb(size)}, over the 2 MB limit`);
}
console.log(`  ${'total'.padEnd(32)} ${kb(total).padStart(10)}`);
if (total > TOTAL_LIMIT) problems.push(`total ${kb(total)} is over 20 MB`);

if (problems.length > 0) {
  console.error('\nProblems:');
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('OK');
