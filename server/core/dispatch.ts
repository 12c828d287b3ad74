import * as z from 'zod';
// The one locale we use, by name: `z.locales.zhCN()` would pull every zod locale (~290 KB) into each cloud function bundle.
import { zhCN } from 'zod/locales';
import type { ActionContext, ActionDef, Deps, Identity, Principal, PrincipalLoader, Registry } from './action';
import { failure, failureFrom, success, type Envelope } from './envelope';
import { AppError } from './errors';
import type { RoleBinding } from './roles';

z.config(zhCN());

const payloadShape = z.looseObject({ action: z.string().min(1).max(64) });

/**
 * The one path every call takes, on CloudBase and in the local runtime alike:
 * action lookup -> input schema -> identity -> role -> domain -> envelope.
 * It never throws: whatever goes wrong becomes an error envelope.
 * `loadPrincipal` is injected by the caller (core imports no domain).
 */
export async function dispatch(
  registry: Registry,
  fnName: string,
  payload: unknown,
  identity: Identity | null,
  deps: Deps,
  loadPrincipal: PrincipalLoader,
  /** Told the caller's roles once they are known (the runtime's request log); never their identity. */
  observeRoles?: (roles: string[]) => void,
): Promise<Envelope> {
  try {
    const fn = Object.prototype.hasOwnProperty.call(registry, fnName) ? registry[fnName] : undefined;
    if (!fn) return failure('NOT_FOUND', `没有这项服务：${truncate(fnName)}`);

    const head = payloadShape.safeParse(payload);
    if (!head.success) return failure('INVALID_ARGUMENT', '请求缺少 action（要办理的事项）');
    const { action: actionName, ...rest } = head.data;
    const def = Object.prototype.hasOwnProperty.call(fn, actionName)
      ? (fn[actionName] as unknown as ActionDef)
      : undefined;
    if (!def) return failure('NOT_FOUND', `没有这项操作：${truncate(actionName)}`);

    const parsed = def.input.safeParse(rest);
    if (!parsed.success) return invalidInput(parsed.error);

    if (def.access !== 'public' && !identity) return failure('UNAUTHENTICATED');
    const principal = identity ? await loadPrincipal(deps.store, identity.openid) : null;
    if (principal) observeRoles?.(['resident', ...principal.bindings.map((b) => b.role)]);
    if (Array.isArray(def.access) && !hasAnyRole(principal, def.access)) return failure('PERMISSION_DENIED');

    const ctx: ActionContext = { ...deps, principal, now: deps.clock.now() };
    return success(await def.handler(parsed.data, ctx));
  } catch (err) {
    return failureFrom(err, deps.log);
  }
}

function hasAnyRole(principal: Principal | null, roles: readonly string[]): boolean {
  if (!principal) return false;
  if (roles.includes('resident')) return true;
  return principal.bindings.some((b: RoleBinding) => roles.includes(b.role));
}

function invalidInput(error: z.ZodError): Envelope<never> {
  const issues = error.issues.slice(0, 10).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const message = first ? `填写的内容有误：${first.message}` : undefined;
  return failure('INVALID_ARGUMENT', message, { issues });
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export { AppError };
