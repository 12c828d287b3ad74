import type { SignedInContext } from '../../core/action';
import { fileRequest } from './requests/file';
import type { RequestType } from './requests/model';
import { refusal } from './reasons';
import { getVisit, VISITS } from './visits';

/** A request's title from a finding: its first 40 characters (the direct line's limit). */
export function titleOf(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * 走访发现转诉求: one tap turns a finding of a 进百企 visit into a direct-line
 * request of the visited enterprise, routed and timed like any other. The
 * request's client id comes from the visit and the finding, so a retried tap
 * (or a crash between filing and marking) finds the same request instead of
 * filing a second one; the finding then records the request it became.
 */
export async function fileFinding(
  ctx: SignedInContext,
  visitId: string,
  findingId: string,
  type: Exclude<RequestType, 'financing'>,
) {
  const visit = await getVisit(ctx, visitId);
  const finding = visit.findings.find((f) => f.id === findingId);
  if (!finding) throw refusal('FINDING_NOT_FOUND');
  if (finding.requestId) throw refusal('FINDING_ALREADY_FILED');
  const { request } = await fileRequest(
    ctx,
    {
      enterpriseId: visit.enterpriseId,
      requestId: `visit-${visitId}-${findingId}`,
      type,
      title: titleOf(finding.text),
      description: finding.text,
      attachments: [],
      financing: null,
    },
    { source: 'visit', visitId },
  );
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get(VISITS, visitId);
    if (!current) throw refusal('VISIT_NOT_FOUND');
    const findings = current.findings.map((f) =>
      f.id === findingId && f.requestId === null ? { ...f, requestId: request._id } : f,
    );
    await tx.update(VISITS, visitId, { findings });
  });
  return { visitId, findingId, requestId: request._id, ticketNo: request.ticketNo };
}
