import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { Deps } from '../server/core/action';
import { failure, failureFrom, success } from '../server/core/envelope';
import { loadPrincipal } from '../server/domain/account/principal';
import { identify, sendEnvelope as send } from './edge';
import { uploadsDir } from './uploads';

/**
 * Lesson video upload of the local runtime (in WeChat, staff upload to CloudBase
 * storage instead). Staff only: the same roles as culture.createLesson. MP4 only,
 * recognised by its `ftyp` box rather than the declared type, at most 200 MB.
 * Files live under <uploads>/videos and are served at /uploads/videos/<name>,
 * the path culture lessons accept as their video url; served with range
 * requests so the player can seek.
 */
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;
export const VIDEO_UPLOAD_ROLES = ['community_admin', 'district_admin'] as const;
const NAME = /^[0-9a-f-]{36}\.mp4$/;

/** An ISO base media file (MP4) starts with a box whose type, bytes 4 to 8, is `ftyp`. */
export function looksLikeMp4(data: Buffer): boolean {
  return data.length >= 12 && data.subarray(4, 8).toString('latin1') === 'ftyp';
}

export function videosDir(): string {
  return path.join(uploadsDir(), 'videos');
}

export function registerVideoUploads(
  app: FastifyInstance,
  deps: Deps,
  tokenSecret: string,
  limit: onRequestHookHandler | null = null,
): void {
  const dir = videosDir();
  app.register(async (scope) => {
    if (limit) scope.addHook('onRequest', limit);
    scope.addContentTypeParser('video/mp4', { parseAs: 'buffer', bodyLimit: MAX_VIDEO_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler((err: Error & { code?: string }, _req, reply) => {
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return send(reply, failure('INVALID_ARGUMENT', '视频太大（超过 200 MB），请剪短或压缩后再上传'), 413);
      if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return send(reply, failure('INVALID_ARGUMENT', '只能上传 MP4 格式的视频'), 415);
      return send(reply, failureFrom(err, deps.log));
    });

    scope.post('/api/uploads/videos', async (req, reply) => {
      const identity = identify(req, tokenSecret, deps.clock.now());
      if (!identity) return send(reply, failure('UNAUTHENTICATED'));
      const principal = await loadPrincipal(deps.store, identity.openid);
      if (!principal.bindings.some((b) => (VIDEO_UPLOAD_ROLES as readonly string[]).includes(b.role)))
        return send(reply, failure('PERMISSION_DENIED', '只有社区、街道管理员可以上传课程视频'));
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        return send(reply, failure('INVALID_ARGUMENT', '没有收到视频'));
      if (!looksLikeMp4(req.body))
        return send(reply, failure('INVALID_ARGUMENT', '这不是 MP4 视频，请换一个 MP4 文件'), 415);
      const name = `${randomUUID()}.mp4`;
      await fs.promises.mkdir(dir, { recursive: true });
      // Written under a temporary name and renamed, so a failed write never leaves half a video behind a served name.
      const tmp = path.join(dir, `.${name}.part`);
      try {
        await fs.promises.writeFile(tmp, req.body);
        await fs.promises.rename(tmp, path.join(dir, name));
      } catch (err) {
        await fs.promises.rm(tmp, { force: true });
        throw err;
      }
      return send(reply, success({ url: `/uploads/videos/${name}`, bytes: req.body.length }));
    });

    scope.get<{ Params: { name: string } }>('/uploads/videos/:name', async (req, reply) => {
      const name = req.params.name;
      const file = path.join(dir, name);
      if (!NAME.test(name) || !fs.existsSync(file)) return send(reply, failure('NOT_FOUND', '没有找到这个视频'));
      const size = (await fs.promises.stat(file)).size;
      reply
        .type('video/mp4')
        .header('accept-ranges', 'bytes')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff');
      // Players ask for ranges to seek; one range is all a <video> asks for.
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      if (range && (range[1] !== '' || range[2] !== '')) {
        const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
        const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
        if (start > end || start >= size) return reply.code(416).header('content-range', `bytes */${size}`).send();
        return reply
          .code(206)
          .header('content-range', `bytes ${start}-${end}/${size}`)
          .header('content-length', end - start + 1)
          .send(fs.createReadStream(file, { start, end }));
      }
      return reply.header('content-length', size).send(fs.createReadStream(file));
    });
  });
}
