/**
 * Replaces global fetch with a tiny router so pages and the API client talk
 * to scripted replies. Every request is recorded for assertions.
 */
export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Reply = { status?: number; json?: unknown; text?: string } | Error;
export type Route = (req: SeenRequest) => Reply | undefined;

/**
 * Staff pages are guarded by the caller's roles (src/components/StaffOnly.tsx).
 * Unless a test answers account.me itself, the caller holds every staff role,
 * so page tests need not repeat it; the guard's own tests answer with a resident.
 */
export const STAFF_ME = {
  openid: 'demo-staff',
  name: '测试员',
  phone: null,
  roles: (['resident', 'grid_staff', 'community_admin', 'district_admin', 'partner_staff'] as const).map((role) => ({
    role,
    label: role,
    placeName: '湖岛街道',
    binding: role === 'resident' ? null : { role },
  })),
};
const staffByDefault: Route = (req) => action('account', 'me', () => STAFF_ME)(req);

export function installFetch(...routes: Route[]) {
  const seen: SeenRequest[] = [];
  const fetchMock = jest.fn(
    async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) => {
      const req: SeenRequest = {
        method: init.method ?? 'GET',
        url,
        headers: init.headers ?? {},
        body: init.body === undefined ? undefined : JSON.parse(init.body),
      };
      seen.push(req);
      const reply = [...routes, staffByDefault].map((route) => route(req)).find((r) => r !== undefined) ?? {
        status: 404,
        text: '<html>not found</html>',
      };
      if (reply instanceof Error) throw reply;
      const text = reply.text ?? JSON.stringify(reply.json);
      return { status: reply.status ?? 200, ok: (reply.status ?? 200) < 400, text: async () => text };
    },
  );
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  return { seen, fetchMock };
}

function isAction(req: SeenRequest, fn: string, name: string): boolean {
  return (
    req.method === 'POST' && req.url === `/api/functions/${fn}` && (req.body as { action?: unknown }).action === name
  );
}

/** Answers one action of POST /api/functions/<fn> with an ok envelope around reply(input). */
export function action(fn: string, name: string, reply: (input: Record<string, unknown>) => unknown): Route {
  return (req) =>
    isAction(req, fn, name) ? { json: { ok: true, data: reply(req.body as Record<string, unknown>) } } : undefined;
}

/** Answers one action with an error envelope, as the runtime does (status follows the code). */
export function failing(fn: string, name: string, code: string, message: string, status = 400): Route {
  return (req) => (isAction(req, fn, name) ? { status, json: { ok: false, error: { code, message } } } : undefined);
}

export function get(path: string, json: unknown, status = 200): Route {
  return (req) => (req.method === 'GET' && req.url === path ? { json, status } : undefined);
}

export function post(
  path: string,
  reply: (body: Record<string, unknown>) => { json: unknown; status?: number },
): Route {
  return (req) => (req.method === 'POST' && req.url === path ? reply(req.body as Record<string, unknown>) : undefined);
}
