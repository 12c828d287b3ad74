import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * One structured line per request: enough to follow a request and see what is
 * slow or failing, never personal data. No openid, name, phone, address, token
 * or query string: the caller appears only as the roles they hold.
 */
export interface RequestLogLine {
  time: string;
  level: 'info' | 'warn' | 'error';
  reqId: string;
  method: string;
  /** The matched route pattern (`/api/functions/:name`), or the bare path (no query) when nothing matched. */
  route: string;
  fn?: string;
  action?: string;
  /** The caller's roles (`resident`, `grid_staff`, ...), `anonymous` without identity; never who they are. */
  role?: string;
  status: number;
  ms: number;
  /** A short reason for a refusal worth noticing (`bad_path`, `rate_limited`). */
  note?: string;
}

export type RequestLogSink = (line: RequestLogLine) => void;

interface Annotation {
  fn?: string;
  action?: string;
  role?: string;
  note?: string;
}

const notes = new WeakMap<FastifyRequest, Annotation>();
const started = new WeakMap<FastifyRequest, bigint>();

/** Route handlers add what only they know: the function and action, the caller's roles, a reason. */
export function annotate(req: FastifyRequest, info: Annotation): void {
  notes.set(req, { ...notes.get(req), ...info });
}

export { loggableName, rolesLabel } from '../server/core/log-fields';

/** The JSON-lines sink of `npm start`: one line on stdout per request. */
export const stdoutSink: RequestLogSink = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

export function registerRequestLog(app: FastifyInstance, sink: RequestLogSink): void {
  app.addHook('onRequest', async (req) => {
    started.set(req, process.hrtime.bigint());
  });
  app.addHook('onResponse', async (req, reply) => sink(lineFor(req, reply.statusCode)));
}

/** Also used directly for replies Fastify sends before any hook runs (a URL that cannot be decoded). */
export function lineFor(req: FastifyRequest, status: number): RequestLogLine {
  const start = started.get(req);
  const ms = start === undefined ? 0 : Number((process.hrtime.bigint() - start) / 1000n) / 1000;
  const info = notes.get(req) ?? {};
  return {
    time: new Date().toISOString(),
    level: status >= 500 ? 'error' : status >= 400 && info.note ? 'warn' : 'info',
    reqId: req.id,
    method: req.method,
    route: req.routeOptions?.url ?? req.url.split('?')[0].slice(0, 120),
    ...info,
    status,
    ms,
  };
}
