import { randomUUID } from 'node:crypto';
import type { DocumentStore } from '../../../store/port';
import type { Industry } from '../model';
import { FINANCE_PRODUCTS, type FinanceProductDoc, type FinancingNeed, type RequestDoc } from './model';
import { refusal } from './reasons';

/**
 * 定制融资: the bank products and programmes staff list, and which of them fit
 * a financing need. Fit is a rule, not a score: the amount within the
 * product's range, the term within its longest term, and the enterprise's
 * industry among those it serves (or it serves any). Staff still choose; the
 * fitting ones are shown first.
 */
export function fits(
  product: Pick<FinanceProductDoc, 'minWan' | 'maxWan' | 'maxTermMonths' | 'industries' | 'active'>,
  need: FinancingNeed,
  industry: Industry,
): boolean {
  return (
    product.active &&
    need.amountWan >= product.minWan &&
    need.amountWan <= product.maxWan &&
    need.termMonths <= product.maxTermMonths &&
    (product.industries.length === 0 || product.industries.includes(industry))
  );
}

export async function listProducts(store: DocumentStore, includeInactive: boolean): Promise<FinanceProductDoc[]> {
  return store.find(FINANCE_PRODUCTS, includeInactive ? {} : { active: true }, {
    orderBy: [['name', 'asc']],
    limit: 200,
  });
}

/** Every active product, those fitting the need first (then by name), each marked. */
export async function productsFor(store: DocumentStore, need: FinancingNeed, industry: Industry) {
  const products = await listProducts(store, false);
  return products
    .map((p) => ({ ...p, fits: fits(p, need, industry) }))
    .sort((a, b) => Number(b.fits) - Number(a.fits) || a.name.localeCompare(b.name, 'zh-CN'));
}

export type ProductInput = Pick<
  FinanceProductDoc,
  | 'name'
  | 'provider'
  | 'category'
  | 'minWan'
  | 'maxWan'
  | 'maxTermMonths'
  | 'industries'
  | 'rateNote'
  | 'description'
  | 'active'
>;

export async function saveProduct(
  store: DocumentStore,
  productId: string | undefined,
  version: number | undefined,
  input: ProductInput,
  now: Date,
): Promise<FinanceProductDoc> {
  const at = now.toISOString();
  return store.transaction(async (tx) => {
    if (!productId) {
      const doc: FinanceProductDoc = { _id: `fp_${randomUUID()}`, ...input, createdAt: at, updatedAt: at, version: 1 };
      await tx.create(FINANCE_PRODUCTS, doc);
      return doc;
    }
    const existing = await tx.get(FINANCE_PRODUCTS, productId);
    if (!existing) throw refusal('PRODUCT_NOT_FOUND');
    if (version !== undefined && version !== existing.version) throw refusal('EDITED_BY_OTHERS');
    const doc: FinanceProductDoc = { ...existing, ...input, updatedAt: at, version: existing.version + 1 };
    await tx.set(FINANCE_PRODUCTS, doc);
    return doc;
  });
}

/** Financing secured on closure defaults to what the matched products granted; staff may state more (other channels). */
export function grantedWan(request: Pick<RequestDoc, 'matches'>): number {
  return request.matches.reduce((sum, m) => sum + (m.status === 'granted' ? (m.grantedWan ?? 0) : 0), 0);
}
