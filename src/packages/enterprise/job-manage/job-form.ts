/** The opening an enterprise posts, as typed in the form (numbers as text until sent). */
export interface JobDraft {
  title: string;
  description: string;
  openings: string;
  pay: string;
  workplace: string;
}

export const EMPTY_JOB: JobDraft = { title: '', description: '', openings: '', pay: '', workplace: '' };

/** The first thing to fix before sending, in plain words; null when the draft can go. */
export function jobDraftProblem(d: JobDraft): string | null {
  if (!d.title.trim()) return '请填写工种名称';
  if (!d.description.trim()) return '请写一写岗位要做什么、有什么要求';
  const n = Number(d.openings);
  if (!Number.isInteger(n) || n < 1) return '招聘人数请填 1 以上的整数';
  if (n > 500) return '招聘人数最多 500 人';
  if (!d.pay.trim()) return '请填写薪资待遇';
  if (!d.workplace.trim()) return '请填写工作地点';
  return null;
}

export function jobPayload(d: JobDraft) {
  return {
    title: d.title.trim(),
    description: d.description.trim(),
    openings: Number(d.openings),
    pay: d.pay.trim(),
    workplace: d.workplace.trim(),
  };
}
