import { shanghaiIso } from '../sla/calendar';
import { randomUUID } from 'node:crypto';
import { refusal } from './reasons';
import type { DocumentStore, Filter } from '../../store/port';
import { apiKeyId, type ApiKeyDoc } from './admin';
import { listCategories, type CategoryDoc } from './categories';
import { parseAddress } from './placement';
import { loadSettings } from './settings';
import { stateGroup } from './states';
import { submitIssue } from './submit';
import { API_KEYS, ISSUES, issueByTicket, type IssueDoc } from './model';
import { handlerName, redactContacts, round3 } from './views';

/**
 * Open311 GeoReport v2 over issue intake: the mapping of our categories and
 * issues to the spec's services and service requests, public fields only.
 * HTTP, formats and error bodies live in runtime/open311.ts.
 */
export const WINDOW_DAYS = 90;
export const MAX_RESULTS = 1000;
export const DEFAULT_PAGE_SIZE = 100;

/** The one attribute our form asks beyond the spec's fields. */
const DETAIL_ATTRIBUTE = {
  variable: true,
  code: 'address_detail',
  datatype: 'string',
  required: false,
  datatype_description: '楼栋、单元、门牌等，最多 100 字；仅工作人员可见',
  order: 1,
  description: '详细地址',
  values: [],
};

function serviceOf(c: CategoryDoc) {
  return {
    service_code: c._id,
    service_name: c.name,
    description: c.description,
    metadata: true,
    type: 'realtime',
    keywords: c.keywords.join(','),
    group: c.group,
  };
}

export async function services(store: DocumentStore) {
  return (await listCategories(store)).map(serviceOf);
}

export async function serviceDefinition(store: DocumentStore, code: string) {
  const category = (await listCategories(store)).find((c) => c._id === code);
  if (!category) throw refusal('SERVICE_NOT_FOUND', { serviceCode: code });
  return { service_code: category._id, attributes: [DETAIL_ATTRIBUTE] };
}

const at8 = (iso: string | null) => (iso ? shanghaiIso(iso) : null);

export function requestRecord(issue: IssueDoc, mediaBase: string) {
  const photo = issue.photos[0];
  return {
    service_request_id: issue.ticketNo,
    status: stateGroup(issue.state, issue.outcome) === 'open' ? 'open' : 'closed',
    status_notes: issue.statusNote || null,
    service_name: issue.categoryName,
    service_code: issue.category,
    description: redactContacts(issue.description),
    agency_responsible: issue.gridId ? (issue.branchName ?? '') : handlerName(issue),
    service_notice: `1 个工作日内受理，${issue.resolveDays} 个工作日内办结`,
    requested_datetime: at8(issue.submittedAt),
    updated_datetime: at8(issue.updatedAt),
    expected_datetime: at8(issue.resolveDueAt),
    address: issue.addressText,
    address_id: null,
    zipcode: null,
    lat: issue.location ? round3(issue.location.lat) : null,
    long: issue.location ? round3(issue.location.lng) : null,
    media_url: photo ? (photo.startsWith('/') ? `${mediaBase}${photo}` : photo) : null,
  };
}

export interface RequestQuery {
  ids: string[] | null;
  serviceCodes: string[] | null;
  start: Date | null;
  end: Date | null;
  statuses: Array<'open' | 'closed'> | null;
  page: number;
  pageSize: number;
}

const DAY_MS = 86_400_000;

export async function findRequests(store: DocumentStore, q: RequestQuery, now: Date, mediaBase: string) {
  if (q.ids) {
    const found = await Promise.all(q.ids.map((ticketNo) => issueByTicket(store, ticketNo, true)));
    return found.flatMap((i) => (i ? [requestRecord(i, mediaBase)] : []));
  }
  const end = q.end ?? now;
  const start = q.start ?? new Date(end.getTime() - WINDOW_DAYS * DAY_MS);
  if (start > end) throw refusal('DATES_REVERSED_OPEN311');
  if (end.getTime() - start.getTime() > WINDOW_DAYS * DAY_MS) throw refusal('RANGE_TOO_LONG', { days: WINDOW_DAYS });
  const skip = (q.page - 1) * q.pageSize;
  const limit = Math.min(q.pageSize, MAX_RESULTS - skip);
  if (limit <= 0) return [];
  const filter: Filter = { public: true, submittedAt: { $gte: start.toISOString(), $lte: end.toISOString() } };
  if (q.serviceCodes) filter.category = q.serviceCodes.length === 1 ? q.serviceCodes[0] : { $in: q.serviceCodes };
  if (q.statuses && q.statuses.length === 1) filter.open = q.statuses[0] === 'open';
  const issues = await store.find(ISSUES, filter, { orderBy: [['submittedAt', 'desc']], limit, skip });
  return issues.map((i) => requestRecord(i, mediaBase));
}

export async function findRequest(store: DocumentStore, ticketNo: string, mediaBase: string) {
  const issue = await issueByTicket(store, ticketNo, true);
  if (!issue) throw refusal('TICKET_NOT_FOUND', { ticketNo });
  return [requestRecord(issue, mediaBase)];
}

export interface PostedRequest {
  apiKey: string;
  serviceCode: string;
  lat: number | null;
  long: number | null;
  addressString: string | null;
  description: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  detail: string;
}

/** An api key stands for the organisation that holds it; a revoked or unknown one is refused (403). */
export async function checkApiKey(store: DocumentStore, key: string): Promise<ApiKeyDoc> {
  const doc = key ? await store.get(API_KEYS, apiKeyId(key)) : null;
  if (!doc || doc.status !== 'active') throw refusal('API_KEY_INVALID');
  return doc;
}

/**
 * Files a request for a key holder. address_string is routed like the form;
 * a point alone goes to triage. Names given by the client are never public.
 */
export async function createRequest(store: DocumentStore, now: Date, input: PostedRequest) {
  const key = await checkApiKey(store, input.apiKey);
  const address = input.addressString ? parseAddress(input.addressString) : null;
  if (input.addressString && !address) throw refusal('ADDRESS_STRING_INCOMPLETE');
  if (!address && (input.lat === null || input.long === null)) throw refusal('LOCATION_REQUIRED');
  const name = `${input.lastName}${input.firstName}`.trim() || 'Open311 接入';
  const settings = await loadSettings(store);
  const { issue } = await submitIssue(
    store,
    now,
    {
      id: `open311:${key._id.slice(0, 16)}`,
      name,
      source: 'open311',
      dailyLimit: key.dailyLimit ?? settings.dailyLimit,
    },
    {
      requestId: randomUUID(),
      category: input.serviceCode,
      description: input.description,
      address: address ? { ...address, detail: input.detail || address.detail } : null,
      location: input.lat !== null && input.long !== null ? { lat: input.lat, lng: input.long, name: '' } : null,
      photos: [],
      phone: input.phone,
      hideName: true,
    },
  );
  return [
    {
      service_request_id: issue.ticketNo,
      service_notice: `1 个工作日内受理，${issue.resolveDays} 个工作日内办结`,
      account_id: null,
    },
  ];
}
