import type { z } from 'zod';
import type { DocumentStore } from '../store/port';
import type { Clock } from './clock';
import type { Role, RoleBinding } from './roles';

/** Who is calling, as established by the platform (never by the request body). */
export interface Identity {
  openid: string;
}

export interface Principal {
  openid: string;
  /** Staff bindings from the users collection; every principal is also a resident. */
  bindings: RoleBinding[];
  /** True once the caller has a users document. */
  registered: boolean;
}

/**
 * Reads the caller's roles. Core knows no domain: the edge (platform entry,
 * local runtime, test harness) passes the account domain's loader to dispatch.
 */
export type PrincipalLoader = (store: DocumentStore, openid: string) => Promise<Principal>;

export interface AppConfig {
  /** How long an invite code stays valid. */
  inviteTtlHours: number;
}

export const DEFAULT_CONFIG: AppConfig = { inviteTtlHours: 72 };

export interface Deps {
  store: DocumentStore;
  clock: Clock;
  config: AppConfig;
  log?: (err: unknown) => void;
}

export interface ActionContext extends Deps {
  principal: Principal | null;
  now: Date;
}

export interface SignedInContext extends ActionContext {
  principal: Principal;
}

/**
 * Who may call: anyone, any signed-in caller, or callers holding one of the roles.
 * Scope (which grid, which partner) is the domain's check, since it needs data.
 */
export type Access = 'public' | 'signed_in' | readonly Role[];

export interface ActionDef<S extends z.ZodType = z.ZodType, R = unknown, C extends ActionContext = ActionContext> {
  input: S;
  access: Access;
  handler: (input: z.output<S>, ctx: C) => Promise<R>;
}

export function publicAction<S extends z.ZodType, R>(input: S, handler: (input: z.output<S>, ctx: ActionContext) => Promise<R>) {
  return { input, access: 'public', handler } as ActionDef<S, R>;
}

export function signedInAction<S extends z.ZodType, R>(input: S, handler: (input: z.output<S>, ctx: SignedInContext) => Promise<R>) {
  return { input, access: 'signed_in', handler } as unknown as ActionDef<S, R>;
}

export function roleAction<S extends z.ZodType, R>(
  roles: readonly Role[],
  input: S,
  handler: (input: z.output<S>, ctx: SignedInContext) => Promise<R>,
) {
  return { input, access: roles, handler } as unknown as ActionDef<S, R>;
}

export type FunctionDef = Record<string, ActionDef<z.ZodType, unknown, never>>;
export type Registry = Record<string, FunctionDef>;

/** The request and reply types of every action, for the front end's `import type`. */
export type ApiOf<Reg extends Registry> = {
  [F in keyof Reg]: {
    [A in keyof Reg[F]]: Reg[F][A] extends ActionDef<infer S, infer R, never>
      ? { input: z.input<S>; output: R }
      : never;
  };
};
