import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './config';

export const SOURCES = ['src', 'config', 'babel.config.js', 'package.json'];

/** The newest modification time under the given paths (files only). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) walk(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

/** True when dist/h5 is missing or older than the app's sources. */
export function h5BuildIsStale(staticDir: string): boolean {
  const index = path.join(staticDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  return newestMtime(SOURCES.map((s) => path.join(ROOT, s))) > fs.statSync(index).mtimeMs;
}

/** Builds the H5 app when needed, so `npm start` works on a fresh clone. */
export function ensureH5Build(staticDir: string, log: (line: string) => void = console.log): void {
  if (!h5BuildIsStale(staticDir)) return;
  log('正在构建 H5 应用（首次约需 30 秒）… / building the H5 app');
  const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['taro', 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: path.relative(ROOT, staticDir) },
  });
  if (result.status !== 0) throw new Error('H5 build failed: run `npm run build:h5` to see why');
}
