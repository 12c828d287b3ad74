/** A policy as typed in the publishing form. */
export interface PolicyDraft {
  title: string;
  level: 'city' | 'district' | null;
  topic: string | null;
  issuer: string;
  summary: string;
  industries: string[];
  sizes: string[];
  /** YYYY-MM-DD or '' for none. */
  deadline: string;
}

export const EMPTY_POLICY: PolicyDraft = {
  title: '',
  level: null,
  topic: null,
  issuer: '',
  summary: '',
  industries: [],
  sizes: [],
  deadline: '',
};

export function policyDraftProblem(d: PolicyDraft): string | null {
  if (!d.title.trim()) return '请填写政策名称';
  if (!d.level) return '请选择市级或区级';
  if (!d.topic) return '请选择政策类别';
  if (!d.issuer.trim()) return '请填写发布部门';
  if (!d.summary.trim()) return '请写明政策要点（扶持内容、申报条件、办理方式）';
  return null;
}

/** Adds or removes one value of a multiple choice. */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
