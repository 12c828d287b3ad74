import fs from 'node:fs';
import path from 'node:path';

// WeChat's own compilers (Linux binaries shipped in miniprogram-compiler). Its
// wxssToJs drops wcsc's errors, so wcsc is called directly and its result checked.
const wcc: (
  root: string,
  files: string[],
  wxsFiles: string[],
  options: { maxBuffer?: number },
) => string = require('miniprogram-compiler/src/wcc');
const wcsc: (
  root: string,
  files: string[],
  options: { maxBuffer?: number },
) => Record<string, string> | Error = require('miniprogram-compiler/src/wcsc');

const MAX_BUFFER = 256 * 1024 * 1024;

/** Files under `root` ending in `ext`, relative, with forward slashes. */
export function filesOf(root: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every page route of the build, main package and subpackages, from app.json. */
export function pageRoutes(root: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

/**
 * Compiles every WXML (with the WXS modules) of the build in one wcc run, as
 * DevTools does, and returns the `$gwx` lookup: `$gwx('pages/index/index.wxml')`
 * is that page's render function, undefined for a file wcc did not compile.
 * Throws with wcc's message on any error.
 */
export function compileWxml(root: string): (file: string) => unknown {
  const wxml = filesOf(root, '.wxml').map((f) => f.slice(0, -'.wxml'.length));
  const output = wcc(root, wxml, filesOf(root, '.wxs'), { maxBuffer: MAX_BUFFER });
  // The compiler's output is a script defining $gwx for the page frame.
  const g = globalThis as Record<string, unknown>;
  const saved = g.__wxAppCode__;
  try {
    return new Function(`${output}; return $gwx;`)() as (file: string) => unknown;
  } finally {
    g.__wxAppCode__ = saved;
  }
}

/**
 * Compiles every WXSS of the build with wcsc and returns the compiled style
 * functions by file; throws with wcsc's own message on any error (a syntax
 * error, a missing @import).
 */
export function compileWxss(root: string): Record<string, string> {
  const files = filesOf(root, '.wxss').map((f) => f.slice(0, -'.wxss'.length));
  const result = wcsc(root, files, { maxBuffer: MAX_BUFFER });
  if (result instanceof Error) throw result;
  return result;
}
