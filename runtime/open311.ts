import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../server/core/action';
import { AppError } from '../server/core/errors';
import {
  checkApiKey,
  createRequest,
  DEFAULT_PAGE_SIZE,
  findRequest,
  findRequests,
  MAX_RESULTS,
  serviceDefinition,
  services,
  type RequestQuery,
} from '../server/domain/issues/open311';

/**
 * Open311 GeoReport v2 on the local runtime, under /open311/v2/. JSON only
 * (a .xml suffix is answered with 400); POST bodies form-encoded as the spec
 * says (JSON accepted too); errors as the spec's list of {code, description}
 * with HTTP 400 / 403 / 404. Registered in its own Fastify scope, so the
 * form parser and the error shape apply here and nowhere else.
 */
export const OPEN311_PREFIX = '/open311/v2';
const CHANGESET = '2026-11-01T00:00:00+08:00';

type Errors = Array<{ code: number; description: string }>;

function fail(reply: FastifyReply, status: number, description: string): FastifyReply {
  const body: Errors = [{ code: status, description }];
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

const STATUS_OF: Record<string, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 403,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  RESOURCE_EXHAUSTED: 429,
};

function json(reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/**
 * "123.json" -> "123"; anything else (".xml", no suffix) is not a format we serve.
 * The router has already percent-decoded the parameter once; decoding it again
 * would turn "%25E0%25A4" into invalid UTF-8 and treat data as encoding.
 */
function jsonName(file: string): string | null {
  return file.endsWith('.json') ? file.slice(0, -'.json'.length) : null;
}

function baseUrl(req: FastifyRequest): string {
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

const list = (raw: unknown) =>
  typeof raw === 'string' && raw.trim() !== ''
    ? raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

function instant(raw: unknown, name: string): Date | null {
  if (raw === undefined || raw === '') return null;
  const t = typeof raw === 'string' ? Date.parse(raw) : NaN;
  if (Number.isNaN(t))
    throw new AppError('INVALID_ARGUMENT', `${name} 须为 ISO 8601 时间，例如 2026-11-01T00:00:00+08:00`);
  return new Date(t);
}

function positiveInt(raw: unknown, name: string, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new AppError('INVALID_ARGUMENT', `${name} 须为 1 到 ${max} 的整数`);
  return n;
}

function readQuery(q: Record<string, unknown>): RequestQuery {
  const statuses = list(q.status);
  if (statuses && statuses.some((s) => s !== 'open' && s !== 'closed'))
    throw new AppError('INVALID_ARGUMENT', 'status 只能是 open 或 closed');
  const ids = list(q.service_request_id);
  if (ids && ids.length > 100) throw new AppError('INVALID_ARGUMENT', '一次最多查询 100 个 service_request_id');
  return {
    ids,
    serviceCodes: list(q.service_code),
    start: instant(q.start_date, 'start_date'),
    end: instant(q.end_date, 'end_date'),
    statuses: statuses as RequestQuery['statuses'],
    page: positiveInt(q.page, 'page', 1, MAX_RESULTS),
    pageSize: positiveInt(q.page_size, 'page_size', DEFAULT_PAGE_SIZE, MAX_RESULTS),
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const coordinate = (v: unknown, min: number, max: number) => {
  const s = text(v);
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n) || n < min || n > max) throw new AppError('INVALID_ARGUMENT', 'lat / long 不是有效的坐标');
  return n;
};
const phoneSchema = z.string().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/);

function readPost(body: Record<string, unknown>) {
  const description = text(body.description);
  if (Array.from(description).length < 5) throw new AppError('INVALID_ARGUMENT', 'description 至少 5 个字');
  if (Array.from(description).length > 2000) throw new AppError('INVALID_ARGUMENT', 'description 最多 2000 个字');
  const serviceCode = text(body.service_code);
  if (!serviceCode) throw new AppError('INVALID_ARGUMENT', '缺少 service_code');
  const phone = text(body.phone);
  if (phone && !phoneSchema.safeParse(phone).success)
    throw new AppError('INVALID_ARGUMENT', 'phone 不是有效的手机号或座机号');
  if (text(body.address_id) && !text(body.address_string) && text(body.lat) === '')
    throw new AppError('INVALID_ARGUMENT', '不支持 address_id，请提供 address_string 或 lat/long');
  return {
    apiKey: text(body.api_key),
    serviceCode,
    lat: coordinate(body.lat, -90, 90),
    long: coordinate(body.long, -180, 180),
    addressString: text(body.address_string) || null,
    description,
    firstName: text(body.first_name).slice(0, 20),
    lastName: text(body.last_name).slice(0, 20),
    phone: phone || null,
    detail: text(body['attribute[address_detail]']).slice(0, 100),
  };
}

export function registerOpen311(app: FastifyInstance, deps: Deps, limit: onRequestHookHandler | null = null): void {
  app.register(
    async (scope) => {
      await scope.register(formbody);
      if (limit) scope.addHook('onRequest', limit);

      scope.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
        if (err instanceof AppError) return fail(reply, STATUS_OF[err.code] ?? 500, err.message);
        if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return fail(reply, 400, '请求格式不正确');
        (deps.log ?? console.error)(err);
        return fail(reply, 500, '系统出了点问题，请稍后再试');
      });
      scope.setNotFoundHandler((_req, reply) => fail(reply, 404, '没有这个接口'));

      scope.get('/discovery.json', async (req, reply) =>
        json(reply, {
          changeset: CHANGESET,
          contact: '湖岛街道办事处（青岛市市北区）',
          key_service: '接口密钥（api_key）由湖岛街道管理员在工作台签发',
          endpoints: [
            {
              specification: 'http://wiki.open311.org/GeoReport_v2',
              url: `${baseUrl(req)}${OPEN311_PREFIX}`,
              changeset: CHANGESET,
              type: 'production',
              formats: ['application/json'],
            },
          ],
        }),
      );

      scope.get('/services.json', async (_req, reply) => json(reply, await services(deps.store)));

      scope.get<{ Params: { file: string } }>('/services/:file', async (req, reply) => {
        const code = jsonName(req.params.file);
        if (code === null) return fail(reply, 400, '仅支持 JSON 格式（.json）');
        return json(reply, await serviceDefinition(deps.store, code));
      });

      scope.get('/requests.json', async (req, reply) => {
        const query = readQuery(req.query as Record<string, unknown>);
        return json(reply, await findRequests(deps.store, query, deps.clock.now(), baseUrl(req)));
      });

      scope.get<{ Params: { file: string } }>('/requests/:file', async (req, reply) => {
        const id = jsonName(req.params.file);
        if (id === null) return fail(reply, 400, '仅支持 JSON 格式（.json）');
        return json(reply, await findRequest(deps.store, id, baseUrl(req)));
      });

      scope.post('/requests.json', async (req, reply) => {
        const raw = req.body;
        const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
        // The key first: without a valid key the caller learns nothing else (403 before any 400).
        await checkApiKey(deps.store, text(body.api_key));
        const posted = readPost(body);
        return json(reply, await createRequest(deps.store, deps.clock.now(), posted), 201);
      });

      for (const route of ['/services.xml', '/requests.xml', '/discovery.xml']) {
        scope.get(route, async (_req, reply) => fail(reply, 400, '仅支持 JSON 格式（.json）'));
      }
    },
    { prefix: OPEN311_PREFIX },
  );
}
