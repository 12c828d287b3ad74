import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import type { Deps, Identity } from '../server/core/action';
import { AdjustableClock } from '../server/core/clock';
import { dispatch } from '../server/core/dispatch';
import { failure, failureFrom, success } from '../server/core/envelope';
import { loadPrincipal } from '../server/domain/account/principal';
import { registry } from '../server/functions';
import { JOBS, runDueJobs } from '../server/jobs';
import { PERSONAS } from '../seed/hudao';
import { identify, sendEnvelope as send } from './edge';
import { signToken } from './token';
import { registerOpen311 } from './open311';
import { registerUploads } from './uploads';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  deps: Deps;
  tokenSecret: string;
  demoLogin: boolean;
  /** The built H5 app; omitted or missing means the API alone is served. */
  staticDir?: string;
  /** Demo media (lesson videos) served under /media/; in production they are CloudBase storage files. */
  mediaDir?: string;
}

/**
 * The local runtime's HTTP surface (see docs/architecture.md): the same
 * dispatch the cloud functions use, behind token identity, plus demo login,
 * a movable clock for tests, and the built H5 app.
 */
export function createApp(options: AppOptions): FastifyInstance {
  const { deps, tokenSecret, demoLogin } = options;
  const app = Fastify({ bodyLimit: BODY_LIMIT_BYTES, logger: false, return503OnClosing: true });
  // The functions take JSON only; a text body is refused (415) rather than treated as a payload.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((err: Error & { code?: string; statusCode?: number }, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, failure('INVALID_ARGUMENT', '提交的内容过大（超过 1 MB），请删减后再试'), 413);
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, failure('INVALID_ARGUMENT', '请以 JSON 格式提交（Content-Type: application/json）'), 415);
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError || err.statusCode === 400) {
      return send(reply, failure('INVALID_ARGUMENT', '提交的内容不是有效的 JSON'));
    }
    return send(reply, failureFrom(err, deps.log));
  });

  app.post<{ Params: { name: string } }>('/api/functions/:name', async (req, reply) => {
    let identity: Identity | null;
    try {
      identity = identify(req, tokenSecret, deps.clock.now());
    } catch (err) {
      return send(reply, failureFrom(err, deps.log));
    }
    return send(reply, await dispatch(registry, req.params.name, req.body, identity, deps, loadPrincipal));
  });

  app.get('/api/health', async (_req, reply) => send(reply, success({ status: 'ok' })));

  registerDevRoutes(app, options, demoLogin);
  registerOpen311(app, deps);
  registerUploads(app, deps, tokenSecret);

  if (options.mediaDir && fs.existsSync(options.mediaDir)) {
    app.register(fastifyStatic, { root: options.mediaDir, prefix: '/media/', decorateReply: false });
  }

  const staticDir = options.staticDir;
  const hasApp = staticDir !== undefined && fs.existsSync(path.join(staticDir, 'index.html'));
  if (hasApp) app.register(fastifyStatic, { root: staticDir, prefix: '/', index: 'index.html' });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') return send(reply, failure('NOT_FOUND', '没有这个接口'));
    // The H5 app routes in the browser: any other page path gets the app shell.
    if (hasApp) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(404).type('text/plain; charset=utf-8').send('H5 应用尚未构建：请运行 npm run build:h5');
  });

  return app;
}

function registerDevRoutes(app: FastifyInstance, options: AppOptions, enabled: boolean): void {
  const { deps, tokenSecret } = options;
  const refuse = (reply: FastifyReply) => send(reply, failure('NOT_FOUND', '演示登录未开启'));

  app.get('/api/dev/personas', async (_req, reply) => {
    if (!enabled) return refuse(reply);
    const personas = PERSONAS.map(({ id, name, roleLabel, description }) => ({ id, name, roleLabel, description }));
    return send(reply, success({ personas }));
  });

  const loginSchema = z.union([
    z.object({ persona: z.string().min(1).max(64) }),
    z.object({ openid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 只能包含字母、数字、下划线和连字符，最长 64 位') }),
  ]);
  app.post('/api/dev/login', async (req, reply) => {
    if (!enabled) return refuse(reply);
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success) return send(reply, failure('INVALID_ARGUMENT', '请选择演示身份（persona）或填写 openid'));
    let openid: string;
    if ('persona' in parsed.data) {
      const persona = PERSONAS.find((p) => p.id === (parsed.data as { persona: string }).persona);
      if (!persona) return send(reply, failure('NOT_FOUND', '没有这个演示身份'));
      openid = persona.openid;
    } else {
      openid = parsed.data.openid;
    }
    // account.me registers a first-time caller, so the reply can name them.
    const me = await dispatch(registry, 'account', { action: 'me' }, { openid }, deps, loadPrincipal);
    if (!me.ok) return send(reply, me);
    const user = me.data as { openid: string; name: string };
    return send(reply, success({ ...signToken(tokenSecret, openid, deps.clock.now()), user: { openid: user.openid, name: user.name } }));
  });

  const clockSchema = z.object({ advanceMinutes: z.number().int().min(0).max(60 * 24 * 400) });
  app.post('/api/dev/clock', async (req, reply) => {
    if (!enabled || !(deps.clock instanceof AdjustableClock)) return refuse(reply);
    const parsed = clockSchema.safeParse(req.body);
    if (!parsed.success) return send(reply, failure('INVALID_ARGUMENT', 'advanceMinutes 须为非负整数'));
    deps.clock.advance(parsed.data.advanceMinutes * 60_000);
    return send(reply, success({ now: deps.clock.now().toISOString() }));
  });

  app.post('/api/dev/jobs/run', async (_req, reply) => {
    if (!enabled) return refuse(reply);
    // On demand means every job, due or not: jobs are idempotent and decide from the data.
    return send(reply, success(await runDueJobs(deps, JOBS.map((job) => job.name))));
  });
}
