import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { checkWeappOutput, pngSize, sitemapAllows, TAB_ICON_PX } from '../../scripts/check-weapp-output';

/*
 * npm run check:weapp on a stand-in for dist/weapp made from the real sources:
 * app.json from src/app.config.ts, the committed sitemap and tab bar icons, and
 * an empty page file set. Each test then breaks one thing.
 */
const ROOT = path.resolve(__dirname, '../..');
type AppJson = Record<string, any>;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function realAppJson(): AppJson {
  (globalThis as { defineAppConfig?: unknown }).defineAppConfig = (config: unknown) => config;
  let config: AppJson = {};
  jest.isolateModules(() => {
    config = require('../../src/app.config').default as AppJson;
  });
  return JSON.parse(JSON.stringify(config));
}

function makeDist(
  app: AppJson,
  sitemap: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/sitemap.json'), 'utf8')),
): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dqej-weapp-'));
  dirs.push(dist);
  const write = (rel: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    fs.writeFileSync(path.join(dist, rel), content);
  };
  write('app.json', JSON.stringify(app));
  const pages: string[] = [
    ...app.pages,
    ...app.subPackages.flatMap((s: { root: string; pages: string[] }) => s.pages.map((p) => `${s.root}/${p}`)),
  ];
  for (const page of pages) for (const ext of ['.js', '.json', '.wxml']) write(page + ext, '');
  for (const tab of app.tabBar.list) {
    for (const icon of [tab.iconPath, tab.selectedIconPath])
      if (icon) write(icon, fs.readFileSync(path.join(ROOT, 'src', icon)));
  }
  if (sitemap !== undefined) write(app.sitemapLocation ?? 'sitemap.json', JSON.stringify(sitemap));
  return dist;
}

describe('npm run check:weapp', () => {
  it('passes the app as configured: icons, sitemap and preloading all in order', () => {
    const result = checkWeappOutput(makeDist(realAppJson()));
    expect(result.problems).toEqual([]);
    expect(result.lines.join('\n')).toMatch(/sitemap: 35 of \d+ pages kept out of WeChat search/);
    expect(result.lines.join('\n')).toContain(
      'preload from pages/index/index: packages/issues, packages/culture, packages/eldercare',
    );
  });

  it('fails when a staff page is left open to WeChat search', () => {
    const sitemap = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/sitemap.json'), 'utf8'));
    sitemap.rules = sitemap.rules.filter(
      (r: { page: string }) => r.page !== 'packages/eldercare/partner-booking/index',
    );
    expect(checkWeappOutput(makeDist(realAppJson(), sitemap)).problems).toEqual([
      'sitemap: staff page packages/eldercare/partner-booking/index is open to WeChat search',
    ]);
  });

  it('fails when a public page that links are shared to is hidden, or a rule names no page', () => {
    const sitemap = {
      rules: [
        { action: 'disallow', page: 'packages/culture/course/index' },
        { action: 'disallow', page: 'packages/gone/index' },
        { action: 'allow', page: '*' },
      ],
    };
    const problems = checkWeappOutput(makeDist(realAppJson(), sitemap)).problems;
    expect(problems).toContain('sitemap: public page packages/culture/course/index is kept out of WeChat search');
    expect(problems).toContain('sitemap: rule for packages/gone/index, which is not a page');
  });

  it('fails without a sitemap', () => {
    const app = realAppJson();
    delete app.sitemapLocation;
    expect(checkWeappOutput(makeDist(app, undefined)).problems).toContain('app.json: no sitemapLocation');
  });

  it('fails when a tab icon is missing, or not 81x81', async () => {
    const app = realAppJson();
    delete app.tabBar.list[1].selectedIconPath;
    const dist = makeDist(app);
    await sharp({ create: { width: 64, height: 64, channels: 4, background: '#C8161D' } })
      .png()
      .toFile(path.join(dist, app.tabBar.list[0].iconPath));
    expect(checkWeappOutput(dist).problems).toEqual([
      'tabBar item 首页: assets/tabbar/home.png is 64x64, not 81x81',
      'tabBar item 消息: no selectedIconPath',
    ]);
  });

  it('fails when the home tab does not preload a job, or preloads what is not a subpackage', () => {
    const app = realAppJson();
    app.preloadRule['pages/index/index'].packages = ['packages/issues', 'packages/eldercare', 'packages/nothing'];
    expect(checkWeappOutput(makeDist(app)).problems).toEqual([
      'preloadRule: the home tab does not preload packages/culture',
      'preloadRule of pages/index/index: packages/nothing is not a subpackage root',
    ]);
  });

  it('the committed tab icons are 81x81 PNGs in both states', () => {
    for (const tab of realAppJson().tabBar.list) {
      for (const icon of [tab.iconPath, tab.selectedIconPath]) {
        expect({ icon, size: pngSize(fs.readFileSync(path.join(ROOT, 'src', icon))) }).toEqual({
          icon,
          size: { width: TAB_ICON_PX, height: TAB_ICON_PX },
        });
      }
    }
  });

  it('reads sitemap rules the way WeChat does: the first matching rule wins', () => {
    const rules = [
      { action: 'disallow', page: 'a' },
      { action: 'allow', page: '*' },
      { action: 'disallow', page: 'b' },
    ];
    expect(sitemapAllows(rules, 'a')).toBe(false);
    expect(sitemapAllows(rules, 'b')).toBe(true);
    expect(sitemapAllows([], 'a')).toBe(true);
  });
});
