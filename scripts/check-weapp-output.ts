/**
 * Checks the WeChat build after `npm run build:weapp`: app.json declares pages,
 * tab bar and subpackages whose files exist, and the main package and each
 * subpackage stay under WeChat's 2 MB limit; the tab bar icons exist as 81x81
 * PNGs under 40 KB; sitemap.json keeps every staff, partner and admin page out
 * of WeChat search and no public page; preloadRule fetches the three job
 * subpackages from the home tab, together under WeChat's 2 MB preload limit.
 * Prints the sizes; exits 1 on failure.
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
  tabBar?: { list?: Array<{ pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }> };
  sitemapLocation?: string;
  preloadRule?: Record<string, { network?: string; packages?: string[] }>;
}

/** WeChat: tab bar icons at most 40 KB; 81x81 px is the size WeChat's design guide asks for. */
export const TAB_ICON_PX = 81;
const TAB_ICON_MAX = 40 * 1024;
/** WeChat: the subpackages preloaded from one page may total at most 2 MB. */
const PRELOAD_LIMIT = 2 * MB;
/** The job subpackages residents open from the home tab. */
export const HOME_PRELOAD = ['packages/issues', 'packages/culture', 'packages/eldercare'];

/**
 * Pages only staff, partners and admins use: WeChat search must not index them.
 * Said here by pattern, apart from sitemap.json, so a new staff page that the
 * sitemap forgets fails the check.
 */
export const STAFF_PAGE = [
  /^packages\/(workbench|admin)\//,
  // partner-apply is where a resident applies to become a partner: public.
  /^packages\/eldercare\/(grid|partner|partner-booking|partner-services|partner-windows|admin|admin-[a-z-]+)\/index$/,
  /^packages\/culture\/(manage|edit|roster|stats|course-edit|lesson-edit)\/index$/,
  // 企业直通车: every staff page is named staff or staff-*.
  /^packages\/enterprise\/staff(-[a-z-]+)?\/index$/,
  // 定向招聘 and 定位推送: the enterprise contact's pages (the staff ones are staff-*); jobs and job are public.
  /^packages\/enterprise\/(job-manage|job-applicants|policies|policy)\/index$/,
];
/** Public pages a shared link or a search result opens: they must stay findable. */
export const PUBLIC_PAGES = [
  'pages/index/index',
  'packages/culture/catalogue/index',
  'packages/culture/course/index',
  'packages/culture/session/index',
  'packages/eldercare/services/index',
  'packages/enterprise/jobs/index',
  'packages/enterprise/job/index',
];

interface SitemapRule {
  action?: string;
  page?: string;
}

/** WeChat applies the first rule whose page matches ("*" matches every page); no rule means allowed. */
export function sitemapAllows(rules: SitemapRule[], page: string): boolean {
  const rule = rules.find((r) => r.page === '*' || r.page === page);
  return rule ? rule.action !== 'disallow' : true;
}

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (
    bytes.length < 24 ||
    bytes.subarray(0, 8).toString('hex') !== signature ||
    bytes.subarray(12, 16).toString('ascii') !== 'IHDR'
  )
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export interface CheckResult {
  problems: string[];
  /** The report printed to the console. */
  lines: string[];
}

export function checkWeappOutput(dist: string): CheckResult {
  const problems: string[] = [];
  const lines: string[] = [];
  const file = path.join(dist, 'app.json');
  if (!fs.existsSync(file)) return { problems: [`没有找到 ${file}：请先运行 npm run build:weapp`], lines };
  const app = JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson;

  /** A page compiles to .js, .json and .wxml beside each other. */
  function checkPageFiles(page: string): void {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!fs.existsSync(path.join(dist, page + ext))) problems.push(`page ${page}: missing ${page}${ext}`);
    }
  }

  const pages = app.pages ?? [];
  const subPackages = app.subPackages ?? app.subpackages ?? [];
  const tabs = app.tabBar?.list ?? [];

  if (pages.length === 0) problems.push('app.json: no pages');
  if (tabs.length < 2) problems.push('app.json: tabBar needs at least 2 items');
  if (subPackages.length === 0) problems.push('app.json: no subPackages');
  for (const tab of tabs) {
    if (!pages.includes(tab.pagePath))
      problems.push(`tabBar item ${tab.text}: ${tab.pagePath} is not a main-package page`);
  }
  pages.forEach(checkPageFiles);
  for (const sub of subPackages) {
    if (!sub.root || !Array.isArray(sub.pages) || sub.pages.length === 0)
      problems.push(`subPackage ${JSON.stringify(sub)}: needs root and pages`);
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

  lines.push(`WeChat build: ${dist}`);
  lines.push(
    `  pages: ${pages.length}, tab bar: ${tabs.map((t) => t.text).join(' / ')}, subpackages: ${subPackages.length}`,
  );
  for (const [owner, size] of sizes) {
    const limit = owner === '(main)' ? MAIN_LIMIT : SUB_LIMIT;
    const label = owner === '(main)' ? 'main package' : `subpackage ${owner}`;
    lines.push(`  ${label.padEnd(32)} ${kb(size).padStart(10)}  (${((size / limit) * 100).toFixed(1)}% of 2 MB)`);
    if (size > limit) problems.push(`${label} is ${kb(size)}, over the 2 MB limit`);
  }
  lines.push(`  ${'total'.padEnd(32)} ${kb(total).padStart(10)}`);
  if (total > TOTAL_LIMIT) problems.push(`total ${kb(total)} is over 20 MB`);

  // Tab bar icons: both states, real PNGs of the right size, small enough for WeChat.
  for (const tab of tabs) {
    for (const key of ['iconPath', 'selectedIconPath'] as const) {
      const icon = tab[key];
      if (!icon) {
        problems.push(`tabBar item ${tab.text}: no ${key}`);
        continue;
      }
      const iconFile = path.join(dist, icon);
      if (!fs.existsSync(iconFile)) {
        problems.push(`tabBar item ${tab.text}: ${key} ${icon} is missing from the build`);
        continue;
      }
      const bytes = fs.readFileSync(iconFile);
      const size = pngSize(bytes);
      if (!size) problems.push(`tabBar item ${tab.text}: ${icon} is not a PNG`);
      else if (size.width !== TAB_ICON_PX || size.height !== TAB_ICON_PX)
        problems.push(
          `tabBar item ${tab.text}: ${icon} is ${size.width}x${size.height}, not ${TAB_ICON_PX}x${TAB_ICON_PX}`,
        );
      if (bytes.length > TAB_ICON_MAX)
        problems.push(`tabBar item ${tab.text}: ${icon} is ${kb(bytes.length)}, over 40 KB`);
    }
  }

  // Sitemap: every staff page kept out of search, every public page left in, no rule for a page that does not exist.
  const allPages = [
    ...pages,
    ...subPackages.flatMap((sub) => (sub.pages ?? []).map((page) => path.posix.join(sub.root, page))),
  ];
  if (!app.sitemapLocation) problems.push('app.json: no sitemapLocation');
  else {
    const sitemapFile = path.join(dist, app.sitemapLocation);
    let rules: SitemapRule[] | null = null;
    try {
      const parsed = JSON.parse(fs.readFileSync(sitemapFile, 'utf8')) as { rules?: SitemapRule[] };
      rules = Array.isArray(parsed.rules) ? parsed.rules : null;
      if (!rules) problems.push(`${app.sitemapLocation}: no rules`);
    } catch {
      problems.push(`${app.sitemapLocation}: missing or not JSON`);
    }
    if (rules) {
      const hidden = allPages.filter((page) => !sitemapAllows(rules!, page));
      for (const page of allPages) {
        if (STAFF_PAGE.some((re) => re.test(page)) && sitemapAllows(rules, page))
          problems.push(`sitemap: staff page ${page} is open to WeChat search`);
      }
      for (const page of PUBLIC_PAGES) {
        if (allPages.includes(page) && !sitemapAllows(rules, page))
          problems.push(`sitemap: public page ${page} is kept out of WeChat search`);
      }
      for (const rule of rules) {
        if (rule.page !== '*' && rule.page && !allPages.includes(rule.page))
          problems.push(`sitemap: rule for ${rule.page}, which is not a page`);
      }
      lines.push(`  sitemap: ${hidden.length} of ${allPages.length} pages kept out of WeChat search`);
    }
  }

  // Preloading from the home tab: the three job subpackages, which must exist and fit WeChat's preload limit together.
  const homePreload = app.preloadRule?.[tabs[0]?.pagePath ?? 'pages/index/index']?.packages ?? [];
  for (const wanted of HOME_PRELOAD) {
    if (!homePreload.includes(wanted)) problems.push(`preloadRule: the home tab does not preload ${wanted}`);
  }
  for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
    if (!allPages.includes(page)) problems.push(`preloadRule: ${page} is not a page`);
    let preloaded = 0;
    for (const pkg of rule.packages ?? []) {
      const root = roots.find((r) => r === pkg.replace(/\/+$/, '') + '/');
      if (!root) problems.push(`preloadRule of ${page}: ${pkg} is not a subpackage root`);
      else preloaded += sizes.get(root) ?? 0;
    }
    lines.push(`  preload from ${page}: ${(rule.packages ?? []).join(', ')} (${kb(preloaded)})`);
    if (preloaded > PRELOAD_LIMIT)
      problems.push(`preloadRule of ${page}: ${kb(preloaded)} preloaded, over the 2 MB limit`);
  }

  return { problems, lines };
}

if (require.main === module) {
  const result = checkWeappOutput(path.resolve(process.argv[2] ?? 'dist/weapp'));
  result.lines.forEach((line) => console.log(line));
  if (result.problems.length > 0) {
    console.error('\nProblems:');
    for (const p of result.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('OK');
}
