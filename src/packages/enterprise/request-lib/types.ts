import type { InputOf, OutputOf } from '../../../api/types';

/** Reply shapes of the direct line (企业直通车 诉求), named once for its pages. */
export type RequestTypeOption = OutputOf<'enterprise', 'requestTypes'>[number];
export type RequestType = RequestTypeOption['type'];
export type RequestRow = OutputOf<'enterprise', 'myRequests'>[number];
export type RequestReply = OutputOf<'enterprise', 'getRequest'>;
export type EnterpriseRequest = Extract<RequestReply, { audience: 'enterprise' }>['request'];
export type StaffRequest = Extract<RequestReply, { audience: 'staff' }>['request'];
export type QueueReply = OutputOf<'enterprise', 'requestQueue'>;
export type QueueView = NonNullable<InputOf<'enterprise', 'requestQueue'>['view']>;
export type FinanceProduct = OutputOf<'enterprise', 'productsForRequest'>[number];
export type RequestStats = OutputOf<'enterprise', 'requestStats'>;
export type GroupBy = NonNullable<InputOf<'enterprise', 'requestStats'>['groupBy']>;
export type Outcome = InputOf<'enterprise', 'resolveRequest'>['outcome'];
