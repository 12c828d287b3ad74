import type { OutputOf } from '../../../api/types';

export type EnterpriseView = OutputOf<'enterprise', 'get'>;
export type StaffList = OutputOf<'enterprise', 'list'>;
export type Coverage = OutputOf<'enterprise', 'coverage'>;
export type Liaison = OutputOf<'enterprise', 'liaisons'>[number];
export type Visit = OutputOf<'enterprise', 'visits'>[number];
export type Contact = OutputOf<'enterprise', 'contacts'>[number];
export type ContactInvite = OutputOf<'enterprise', 'createInvite'>;
