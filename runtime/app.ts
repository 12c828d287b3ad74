import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type onRequestHookHandler } from 'fastify';
import fastifyStatic from '@fastify/static';
import { cacheControlFor, precompressDir } from './precompress';
import { z } from 'zod';
import type { Deps, Identity } from '../server/core/action';
import { AdjustableClock } from '../server/core/clock';
import { dispatch } from '../server/core/dispatch';
import { failure, failureFrom, success } from '../server/core/envelope';
import { AppError } from '../server/core/errors';
import { loadPrincipal } from '../server/domain/account/principal';
import { registry } from '../server/functions';
import { JOBS, runDueJobs } from '../server/jobs';
import { PERSONAS } from '../seed/hudao';
import { identify, sendEnvelope as send } from './edge';
import { signToken } from './token';
import { OPEN311_PREFIX, registerOpen311 } from './open311';
import { DEFAULT_RATE_LIMITS, limitHook, registerProtection, type RateLimits } from './protection';
import { annotate, lineFor, loggableName, registerRequestLog, rolesLabel, type RequestLogSink } from './request-log';
import { registerUploads } from './uploads';
import { registerVideoUploads } from './videos';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  deps: Deps;
  tokenSecret: string;
  demoLogin: boolean;
  /** The built H5 app; omitted or missing means the API alone is served. */
  staticDir?: string;
  /** Demo media (lesson videos) served under /media/; in production they are CloudBase storage files. */
  mediaDir?: string;
  /** Requests per minute per client on login and the public endpoints (defaults: DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
  /** Where the one line per request goes; omitted means no request log. */
  requestLog?: RequestLogSink;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits key on it). */
  trustProxy?: boolean;
}

/**
 * The local runtime's HTTP surface (see docs/architecture.md): the same
 * dispatch the cloud functions use, behind token identity, plus demo login,
 * a movable clock for tests, and the built H5 app.
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { deps, tokenSecret, demoLogin } = options;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? false,
    // The request id ties the log line to a user's report ("请求编号"); it is sent back as x-request-id.
    genReqId: () => randomUUID(),
    // A path whose percent-encoding is not valid UTF-8 never reaches a route.
    // Fastify answers these before any hook, so the request log line is written here.
    frameworkErrors: (_err, req, reply) => {
      annotate(req, { note: 'bad_url' });
      options.requestLog?.(lineFor(req, 400));
      const r = reply as unknown as FastifyReply;
      if (req.url.startsWith(`${OPEN311_PREFIX}/`))
        return r
          .code(400)
          .type('application/json; charset=utf-8')
          .send([{ code: 400, description: '地址不正确' }]);
      return send(r, failure('INVALID_ARGUMENT', '地址不正确'));
    },
  });
  // The functions take JSON only; a text body is refused (415) rather than treated as a payload.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  if (options.requestLog) registerRequestLog(app, options.requestLog);
  await registerProtection(app);

  app.setErrorHandler((err: Error & { code?: string; statusCode?: number }, req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(reply, failure('INVALID_ARGUMENT', '提交的内容过大（超过 1 MB），请删减后再试'), 413);
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return send(reply, failure('INVALID_ARGUMENT', '请以 JSON 格式提交（Content-Type: application/json）'), 415);
    if (err instanceof AppError) return send(reply, failureFrom(err, deps.log));
    const status = err.statusCode ?? 500;
    // A file route refusing a path (../, an encoded separator, a NUL): not found, one log line, no stack.
    if ((req.method === 'GET' || req.method === 'HEAD') && status >= 400 && status < 500) {
      annotate(req, { note: 'bad_path' });
      return send(reply, failure('NOT_FOUND', '没有这个文件'));
    }
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError || status === 400) {
      return send(reply, failure('INVALID_ARGUMENT', '提交的内容不是有效的 JSON'));
    }
    return send(reply, failureFrom(err, deps.log));
  });

  app.post<{ Params: { name: string } }>('/api/functions/:name', async (req, reply) => {
    const body = req.body as { action?: unknown } | null;
    annotate(req, { fn: loggableName(req.params.name), action: loggableName(body?.action) });
    let identity: Identity | null;
    try {
      identity = identify(req, tokenSecret, deps.clock.now());
    } catch (err) {
      return send(reply, failureFrom(err, deps.log));
    }
    if (!identity) annotate(req, { role: rolesLabel(null) });
    return send(
      reply,
      await dispatch(registry, req.params.name, req.body, identity, deps, loadPrincipal, (roles) =>
        annotate(req, { role: rolesLabel(roles) }),
      ),
    );
  });

  app.get('/api/health', async (_req, reply) => send(reply, success({ status: 'ok' })));

  await app.register(async (scope) =>
    registerDevRoutes(scope, options, demoLogin, limitHook(scope, limits.login, 'login')),
  );
  registerOpen311(app, deps, limitHook(app, limits.public, 'public'));
  registerUploads(app, deps, tokenSecret, limitHook(app, limits.public, 'public'));
  registerVideoUploads(app, deps, tokenSecret, limitHook(app, limits.public, 'public'));

  if (options.mediaDir && fs.existsSync(options.mediaDir)) {
    app.register(fastifyStatic, { root: options.mediaDir, prefix: '/media/', decorateReply: false });
  }

  const staticDir = options.staticDir;
  const hasApp = staticDir !== undefined && fs.existsSync(path.join(staticDir, 'index.html'));
  if (hasApp) {
    // Compressed once per build; hashed assets cached for a year, index.html revalidated on every load.
    precompressDir(staticDir);
    app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      index: 'index.html',
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', cacheControlFor(filePath));
        // The same URL is sent as br, gzip or plain: caches must key on what the browser accepts.
        res.setHeader('vary', 'Accept-Encoding');
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') return send(reply, failure('NOT_FOUND', '没有这个接口'));
    // The H5 app routes in the browser: any other page path gets the app shell.
    if (hasApp)
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).type('text/plain; charset=utf-8').send('H5 应用尚未构建：请运行 npm run build:h5');
  });

  return app;
}

function registerDevRoutes(
  app: FastifyInstance,
  options: AppOptions,
  enabled: boolean,
  loginLimit: onRequestHookHandler | null,
): void {
  const { deps, tokenSecret } = options;
  const refuse = (reply: FastifyReply) => send(reply, failure('NOT_FOUND', '演示登录未开启'));

  app.get('/api/dev/personas', async (_req, reply) => {
    if (!enabled) return refuse(reply);
    const personas = PERSONAS.map(({ id, name, roleLabel, description }) => ({ id, name, roleLabel, description }));
    return send(reply, success({ personas }));
  });

  const loginSchema = z.union([
    z.object({ persona: z.string().min(1).max(64) }),
    z.object({
      openid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 只能包含字母、数字、下划线和连字符，最长 64 位'),
    }),
  ]);
  app.post('/api/dev/login', { onRequest: loginLimit ? [loginLimit] : [] }, async (req, reply) => {
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
    return send(
      reply,
      success({ ...signToken(tokenSecret, openid, deps.clock.now()), user: { openid: user.openid, name: user.name } }),
    );
  });

  const clockSchema = z.object({
    advanceMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 400),
  });
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
    return send(
      reply,
      success(
        await runDueJobs(
          deps,
          JOBS.map((job) => job.name),
        ),
      ),
    );
  });
}
