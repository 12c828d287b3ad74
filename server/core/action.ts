import type { z } from 'zod';
import type { DocumentStore } from '../store/port';
import type { Clock } from './clock';
import type { Role, RoleBinding } from './roles';
import type { ContentChecker } from './content-check';

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
  /** The privacy consent on that document, read with the roles so the consent check reads nothing more (absent: not read). */
  consent?: { version: string; at: string } | null;
}

/**
 * Reads the caller's roles. Core knows no domain: the edge (platform entry,
 * local runtime, test harness) passes the account domain's loader to dispatch.
 */
export type PrincipalLoader = (store: DocumentStore, openid: string) => Promise<Principal>;

export interface AppConfig {
  /** How long an invite code stays valid. */
  inviteTtlHours: number;
  /** Days after an issue is closed before the reporter's phone and original photos are erased (HUDAO_RETENTION_DAYS). */
  retentionDays: number;
}

export const DEFAULT_CONFIG: AppConfig = { inviteTtlHours: 72, retentionDays: 180 };

/** The config with what the environment overrides; a value that is not a whole number of days at least 1 is ignored. */
export function configFromEnv(env: Record<string, string | undefined> = process.env): AppConfig {
  const days = Number(env.HUDAO_RETENTION_DAYS);
  return { ...DEFAULT_CONFIG, ...(Number.isInteger(days) && days >= 1 ? { retentionDays: days } : {}) };
}

/** Deletes stored files (uploaded photos) by the path the records hold; the platform decides where they live. */
export interface FileRemover {
  remove(paths: string[]): Promise<void>;
}

export interface Deps {
  store: DocumentStore;
  clock: Clock;
  config: AppConfig;
  log?: (err: unknown) => void;
  /** Where uploaded files are deleted (retention job); absent: nothing to delete in this environment. */
  files?: FileRemover;
  /** Content safety (server/core/content-check.ts); absent: the local rules. */
  moderation?: ContentChecker;
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

export function publicAction<S extends z.ZodType, R>(
  input: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<R>,
) {
  return { input, access: 'public', handler } as ActionDef<S, R>;
}

export function signedInAction<S extends z.ZodType, R>(
  input: S,
  handler: (input: z.output<S>, ctx: SignedInContext) => Promise<R>,
) {
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
