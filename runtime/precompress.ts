import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Brotli and gzip copies of the H5 build's text assets, written next to them
 * (`app.7a2c4746.js.br`, `.gz`) once per build, so @fastify/static serves them
 * with `preCompressed` and no request pays for compression. Files are rewritten
 * only when missing or older than their source. Returns how many were written.
 */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;
const MIN_BYTES = 1024;

function stale(target: string, sourceMtime: number): boolean {
  try {
    return fs.statSync(target).mtimeMs < sourceMtime;
  } catch {
    return true;
  }
}

export function precompressDir(dir: string): number {
  let written = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      written += precompressDir(file);
      continue;
    }
    if (!COMPRESSIBLE.test(entry.name)) continue;
    const stat = fs.statSync(file);
    if (stat.size < MIN_BYTES) continue;
    if (!stale(`${file}.br`, stat.mtimeMs) && !stale(`${file}.gz`, stat.mtimeMs)) continue;
    const body = fs.readFileSync(file);
    fs.writeFileSync(
      `${file}.br`,
      zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
    );
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
    written++;
  }
  return written;
}

/** Hashed build outputs (`app.7a2c4746.js`) never change under the same name: cache them for a year. */
export function cacheControlFor(filePath: string): string {
  const name = path.basename(filePath).replace(/\.(br|gz)$/, '');
  return /\.[0-9a-f]{8,}\.(js|css)$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
