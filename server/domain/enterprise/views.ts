import { ENTERPRISE_STATUS_LABELS, INDUSTRY_LABELS, SIZE_LABELS, type EnterpriseDoc } from './model';

/**
 * What a page is sent about an enterprise: its own fields with their labels,
 * never who verified it (an openid) or the store's bookkeeping beyond the
 * version a save sends back.
 */
export function enterpriseView(e: EnterpriseDoc, liaisonName: string | null) {
  return {
    id: e._id,
    name: e.name,
    creditCode: e.creditCode,
    industry: e.industry,
    industryLabel: INDUSTRY_LABELS[e.industry],
    size: e.size,
    sizeLabel: SIZE_LABELS[e.size],
    address: e.address,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    status: e.status,
    statusLabel: ENTERPRISE_STATUS_LABELS[e.status],
    rejectReason: e.rejectReason,
    verifiedAt: e.verifiedAt,
    liaisonId: e.liaisonId,
    liaisonName,
    lastVisitDate: e.lastVisitDate,
    version: e.version,
    createdAt: e.createdAt,
    demo: e.demo === true,
  };
}

export type EnterpriseView = ReturnType<typeof enterpriseView>;
