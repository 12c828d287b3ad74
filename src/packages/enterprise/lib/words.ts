/** The choices of the registration form, in the words of the 营业执照 and the statistics bureau (the server's enums). */
export const INDUSTRY_CHOICES = [
  { value: 'manufacturing', label: '制造业' },
  { value: 'research', label: '科学研究和技术服务' },
  { value: 'it', label: '信息技术和软件' },
  { value: 'wholesale_retail', label: '批发和零售' },
  { value: 'logistics', label: '交通运输和物流' },
  { value: 'construction', label: '建筑和房地产' },
  { value: 'business_services', label: '商务服务' },
  { value: 'hospitality', label: '住宿和餐饮' },
  { value: 'resident_services', label: '居民服务' },
  { value: 'other', label: '其他行业' },
] as const;
export type IndustryChoice = (typeof INDUSTRY_CHOICES)[number]['value'];

export const SIZE_CHOICES = [
  { value: 'large', label: '大型' },
  { value: 'medium', label: '中型' },
  { value: 'small', label: '小型' },
  { value: 'micro', label: '微型' },
] as const;
export type SizeChoice = (typeof SIZE_CHOICES)[number]['value'];

/** A Shanghai date (YYYY-MM-DD) as people say it: 2026年11月25日. */
export function dayWords(date: string | null): string | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}
