import { defineCollection, type CollectionSpec } from '../../store/collections';

/**
 * Documents of 企业直通车 shared by the whole job: enterprises and their
 * contacts, liaisons (包联) and the sub-district's departments. The other parts
 * of the job (requests, jobs, policies) declare their own handles in their own
 * files and add them to ENTERPRISE_COLLECTIONS there.
 */

/** Industry sections after GB/T 4754 (国民经济行业分类), grouped as the sub-district reports them. */
export const INDUSTRIES = [
  'manufacturing',
  'research',
  'it',
  'wholesale_retail',
  'logistics',
  'construction',
  'business_services',
  'hospitality',
  'resident_services',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const INDUSTRY_LABELS: Record<Industry, string> = {
  manufacturing: '制造业',
  research: '科学研究和技术服务',
  it: '信息技术和软件',
  wholesale_retail: '批发和零售',
  logistics: '交通运输和物流',
  construction: '建筑和房地产',
  business_services: '商务服务',
  hospitality: '住宿和餐饮',
  resident_services: '居民服务',
  other: '其他行业',
};

/** Size classes of the National Bureau of Statistics (大中小微型企业划分办法). */
export const SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseSize = (typeof SIZES)[number];
export const SIZE_LABELS: Record<EnterpriseSize, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

/** Registration: pending until sub-district staff check it; rejected carries the reason, and the contact may correct and resubmit. */
export const ENTERPRISE_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];
export const ENTERPRISE_STATUS_LABELS: Record<EnterpriseStatus, string> = {
  pending: '待核实',
  verified: '已核实',
  rejected: '未通过核实',
};

/** An enterprise in the sub-district. The id comes from the credit code, so a second registration of the same code cannot be created. */
export interface EnterpriseDoc {
  _id: string;
  name: string;
  /** 统一社会信用代码, upper case, check digit verified (src/rules/credit-code.ts). */
  creditCode: string;
  industry: Industry;
  size: EnterpriseSize;
  address: string;
  /** Who the sub-district calls: the registrant's name and phone as given at registration. */
  contactName: string;
  contactPhone: string;
  status: EnterpriseStatus;
  /** Why staff rejected the registration (shown to the contact); null otherwise. */
  rejectReason: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  /** 包联: the liaison (leader or department) responsible for this enterprise; null until assigned. */
  liaisonId: string | null;
  liaisonAssignedAt: string | null;
  /** The date (YYYY-MM-DD, Shanghai) of the latest 进百企 visit; null: never visited. Kept here for coverage counts. */
  lastVisitDate: string | null;
  registeredBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

/** One row per (enterprise, contact person); the user's `enterprise_contact` binding is what grants access, this lists who speaks for the enterprise. */
export interface ContactDoc {
  _id: string;
  enterpriseId: string;
  openid: string;
  name: string;
  phone: string | null;
  /** The registrant, or someone who joined by an invite of the enterprise. */
  joinedVia: 'registration' | 'invite';
  joinedAt: string;
  demo?: boolean;
}

/** A liaison is either a member of the sub-district's leadership (党工委成员) or a responsible department (责任科室). */
export const LIAISON_KINDS = ['leader', 'department'] as const;
export type LiaisonKind = (typeof LIAISON_KINDS)[number];

/** 包联责任人: who answers for the enterprises assigned to it. Staff act for it through an `enterprise_liaison` binding. */
export interface LiaisonDoc {
  _id: string;
  kind: LiaisonKind;
  /** A leader's name, or the department's name. */
  name: string;
  /** A leader's post (街道党工委副书记); for a department, its duty in a few words. */
  title: string;
  /** The department (for kind department, the department itself); null for a leader without one. */
  departmentId: string | null;
  active: boolean;
  demo?: boolean;
}

/** A department (科室) of the sub-district that requests can be routed to. */
export interface DepartmentDoc {
  _id: string;
  name: string;
  /** What it handles, in plain words, shown when a request is routed there. */
  duty: string;
  demo?: boolean;
}

/** The id an enterprise gets from its (normalised) credit code. */
export function enterpriseId(creditCode: string): string {
  return `ent-${creditCode.toLowerCase()}`;
}

export function contactId(enterpriseIdValue: string, openid: string): string {
  return `${enterpriseIdValue}_${openid}`;
}

export const ENTERPRISES = defineCollection<EnterpriseDoc>('enterprises', [
  {
    name: 'status_created',
    fields: [
      ['status', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
  {
    name: 'liaison_name',
    fields: [
      ['liaisonId', 'asc'],
      ['name', 'asc'],
    ],
  },
  { name: 'last_visit', fields: [['lastVisitDate', 'asc']] },
  { name: 'created', fields: [['createdAt', 'desc']] },
]);
export const CONTACTS = defineCollection<ContactDoc>('enterprise_contacts', [
  {
    name: 'enterprise_joined',
    fields: [
      ['enterpriseId', 'asc'],
      ['joinedAt', 'asc'],
    ],
  },
  { name: 'openid', fields: [['openid', 'asc']] },
]);
export const LIAISONS = defineCollection<LiaisonDoc>('enterprise_liaisons', [
  {
    name: 'active_kind_name',
    fields: [
      ['active', 'asc'],
      ['kind', 'desc'],
      ['name', 'asc'],
    ],
  },
  {
    name: 'kind_name',
    fields: [
      ['kind', 'desc'],
      ['name', 'asc'],
    ],
  },
]);
export const DEPARTMENTS = defineCollection<DepartmentDoc>('enterprise_departments');

/** The collections of this file; the job's other files export theirs, and ./collections.ts gathers them. */
export const MODEL_COLLECTIONS: CollectionSpec[] = [ENTERPRISES, CONTACTS, LIAISONS, DEPARTMENTS];
