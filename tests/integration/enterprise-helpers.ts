import { enterpriseId } from '../../server/domain/enterprise/model';

/** Demo ids of the enterprise seed (seed/enterprise.ts). */
export const GUTE = enterpriseId('91370203MADX000032');
export const SIFANG = enterpriseId('91370203MADX00001U');
export const HUITONG = enterpriseId('91370203MADX000058');
export const MEIQING = enterpriseId('91370203MADX00006B');
export const PENDING_LOGISTICS = enterpriseId('91370203MADX00007E');

/** A valid registration of an invented company (valid check digit, not in the seed). */
export const NEW_COMPANY = {
  name: '青岛湖岛新材料有限公司',
  creditCode: '91370203MADX00008H',
  industry: 'manufacturing',
  size: 'small',
  address: '美青工业园 9 号厂房',
  contactName: '韩雪',
  contactPhone: '13900000021',
} as const;
export const NEW_COMPANY_ID = enterpriseId(NEW_COMPANY.creditCode);

/** The reason code of a refusal envelope. */
export function reasonOf(reply: { ok: boolean; error?: { details?: unknown } }): string | null {
  if (reply.ok) return null;
  return ((reply.error?.details ?? {}) as { reason?: string }).reason ?? null;
}
