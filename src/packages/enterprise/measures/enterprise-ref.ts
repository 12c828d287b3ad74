import { useRouter } from '@tarojs/taro';

/**
 * The enterprise a contact's page is about, from `?enterpriseId=` (a contact
 * may speak for more than one). Without it the server takes their first one.
 */
export function useEnterpriseRef(): { enterpriseId?: string } {
  const { params } = useRouter();
  return params.enterpriseId ? { enterpriseId: params.enterpriseId } : {};
}

/** A page address that keeps the enterprise the reader is looking at. */
export function withEnterprise(url: string, ref: { enterpriseId?: string }): string {
  if (!ref.enterpriseId) return url;
  return `${url}${url.includes('?') ? '&' : '?'}enterpriseId=${encodeURIComponent(ref.enterpriseId)}`;
}
