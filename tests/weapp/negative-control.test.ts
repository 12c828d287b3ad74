import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileWxml, compileWxss } from './compile';
import { openWeapp, pageSettles, WEAPP_ROOT, type WeappWorld } from './harness';

/**
 * The negative control: the same checks as pages.test.ts, run on a copy of
 * the build with pages broken in the ways a bad build or a bad change breaks
 * them, must fail; an intact page of the same copy still passes, so the
 * failures come from the breakage and not from the copy.
 */
const copies: string[] = [];
let world: WeappWorld;

/** A fresh copy of the build (the simulator compiles a whole copy at once, so each breakage gets its own). */
function copyBuild(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-broken-'));
  fs.cpSync(WEAPP_ROOT, copy, { recursive: true });
  copies.push(copy);
  return copy;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(full, after);
}

beforeAll(async () => {
  const broken = copyBuild();
  // A page whose code throws as it loads.
  edit(broken, 'packages/issues/index.js', (js) => `throw new Error('this page is broken');\n${js}`);
  // A page that logs an error as it loads (what a failed prop type or a caught exception looks like).
  edit(broken, 'packages/eldercare/partner-apply/index.js', (js) => `console.error('this page logs an error');\n${js}`);
  // A page whose template renders nothing (a misspelt template name; wcc cannot know, it is chosen at run time).
  edit(broken, 'packages/culture/mine/index.wxml', (wxml) => wxml.replace('is="taro_tmpl"', 'is="taro_tmpl_missing"'));
  world = await openWeapp(broken);
});
afterAll(async () => {
  await world?.close();
  for (const copy of copies) fs.rmSync(copy, { recursive: true, force: true });
});

it('wcc refuses a page with a broken WXML tag', () => {
  const copy = copyBuild();
  expect(() => compileWxml(copy)).not.toThrow();
  edit(copy, 'packages/eldercare/book/index.wxml', (wxml) => `${wxml}\n<view><text>未闭合</view>`);
  expect(() => compileWxml(copy)).toThrow(/book\/index\.wxml/);
});

it('wcsc refuses a page with a broken style sheet', () => {
  const copy = copyBuild();
  expect(() => compileWxss(copy)).not.toThrow();
  edit(copy, 'packages/culture/session/index.wxss', (wxss) => `${wxss}\n.broken { color: red`);
  expect(() => compileWxss(copy)).toThrow();
});

it('a page that throws as it loads fails to mount', async () => {
  await expect(world.as('resident', '/packages/issues/index')).rejects.toThrow('this page is broken');
});

it('a page that renders nothing never shows its expected words', async () => {
  await world.as('resident', '/packages/culture/mine/index');
  await expect(pageSettles(world.app, ['我的课程'], 1500)).rejects.toThrow(/timed out waiting for 我的课程/);
});

it('a page logging a console error is caught, though it shows its words', async () => {
  await world.as('resident', '/packages/eldercare/partner-apply/index');
  await pageSettles(world.app, ['申请成为红色合伙人']);
  expect(world.app.errors).toEqual(['console.error: this page logs an error']);
});

it('an intact page of the same copy still mounts and shows its data', async () => {
  await world.as('resident', '/pages/me/index');
  await pageSettles(world.app, ['我的', '王建华']);
  expect(world.app.errors).toEqual([]);
});
