import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import sharp from 'sharp';
import type { Deps, FileRemover } from '../server/core/action';
import { failure, failureFrom, success } from '../server/core/envelope';
import { AppError } from '../server/core/errors';
import { ROOT } from './config';
import { identify, sendEnvelope as send } from './edge';

/**
 * Photo upload of the local runtime (in WeChat, photos go to CloudBase storage).
 * Every picture is re-encoded: turned upright by its EXIF orientation, shrunk
 * to at most 2048 px (as FixMyStreet does), written as JPEG without any
 * metadata, so GPS positions and camera serials never reach other residents.
 * Files live under .data/uploads (HUDAO_UPLOADS_DIR overrides) and are served
 * back at /uploads/<name>, the path issues.report accepts in `photos`.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_EDGE_PX = 2048;
const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
const NAME = /^[0-9a-f-]{36}\.jpg$/;

export function uploadsDir(): string {
  return path.resolve(ROOT, process.env.HUDAO_UPLOADS_DIR ?? '.data/uploads');
}

/** Size and pixels of an uploaded photo, for the local content rules; null when it is not one of ours. */
export async function uploadFacts(p: string): Promise<{ bytes: number; width: number; height: number } | null> {
  const name = p.startsWith('/uploads/') ? p.slice('/uploads/'.length) : '';
  if (!NAME.test(name)) return null;
  try {
    const file = path.join(uploadsDir(), name);
    const [stat, meta] = await Promise.all([fs.promises.stat(file), sharp(file).metadata()]);
    return { bytes: stat.size, width: meta.width ?? 0, height: meta.height ?? 0 };
  } catch {
    // Missing or unreadable: a photo nobody can see is held for staff to look at.
    return { bytes: 0, width: 0, height: 0 };
  }
}

/** Deletes uploaded photos by their served path (/uploads/<name>); anything else (or already gone) is skipped. */
export function localUploadRemover(dir: () => string = uploadsDir): FileRemover {
  return {
    async remove(paths) {
      for (const p of paths) {
        const name = p.startsWith('/uploads/') ? p.slice('/uploads/'.length) : '';
        if (NAME.test(name)) await fs.promises.rm(path.join(dir(), name), { force: true });
      }
    },
  };
}

/** Re-encodes a picture: upright, at most 2048 px on its longer edge, JPEG, no metadata. */
export async function cleanPhoto(input: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await sharp(input, { limitInputPixels: 80_000_000 })
      .rotate()
      .resize({ width: MAX_EDGE_PX, height: MAX_EDGE_PX, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new AppError('INVALID_ARGUMENT', '无法识别这张图片，请换一张 JPG 或 PNG 照片');
  }
}

export function registerUploads(
  app: FastifyInstance,
  deps: Deps,
  tokenSecret: string,
  limit: onRequestHookHandler | null = null,
): void {
  const dir = uploadsDir();
  app.register(async (scope) => {
    if (limit) scope.addHook('onRequest', limit);
    scope.addContentTypeParser(TYPES, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler((err: Error & { code?: string }, _req, reply) => {
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return send(reply, failure('INVALID_ARGUMENT', '照片太大（超过 10 MB），请压缩后再上传'), 413);
      if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return send(reply, failure('INVALID_ARGUMENT', '只能上传 JPG、PNG、WebP 或 GIF 图片'), 415);
      return send(reply, failureFrom(err, deps.log));
    });

    scope.post('/api/uploads', async (req, reply) => {
      if (!identify(req, tokenSecret, deps.clock.now())) return send(reply, failure('UNAUTHENTICATED'));
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        return send(reply, failure('INVALID_ARGUMENT', '没有收到照片'));
      const photo = await cleanPhoto(req.body);
      const name = `${randomUUID()}.jpg`;
      await fs.promises.mkdir(dir, { recursive: true });
      await fs.promises.writeFile(path.join(dir, name), photo.data);
      return send(
        reply,
        success({ url: `/uploads/${name}`, width: photo.width, height: photo.height, bytes: photo.data.length }),
      );
    });

    scope.get<{ Params: { name: string } }>('/uploads/:name', async (req, reply) => {
      const name = req.params.name;
      const file = path.join(dir, name);
      if (!NAME.test(name) || !fs.existsSync(file)) return send(reply, failure('NOT_FOUND', '没有找到这张照片'));
      return reply
        .type('image/jpeg')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(await fs.promises.readFile(file));
    });
  });
}
