import type { Api } from '../../server/functions/index';

/** Request and reply types derived from the server contract (type-only: no server code ships). */
export type { Api };
export type FnName = keyof Api & string;
export type ActionName<F extends FnName> = keyof Api[F] & string;
export type InputOf<F extends FnName, A extends ActionName<F>> = Api[F][A] extends { input: infer I } ? I : never;
export type OutputOf<F extends FnName, A extends ActionName<F>> = Api[F][A] extends { output: infer O } ? O : never;

/** Actions whose input has no required field may be called without one. */
export type InputArgs<F extends FnName, A extends ActionName<F>> =
  Record<string, never> extends InputOf<F, A> ? [input?: InputOf<F, A>] : [input: InputOf<F, A>];

export type Me = OutputOf<'account', 'me'>;
export type RoleView = Me['roles'][number];
export type Inbox = OutputOf<'account', 'inbox'>;
export type InboxMessage = Inbox['messages'][number];
export type Invite = OutputOf<'account', 'listInvites'>[number];
export type StaffMember = OutputOf<'account', 'listStaff'>[number];
export type Binding = InputOf<'account', 'createInvite'>['binding'];
