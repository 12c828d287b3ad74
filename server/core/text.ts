/**
 * Joins sentences for messages people read. Staff type notes that may or may
 * not end in a full stop ("已擦净" or "已擦净。"); pasting "。" after them gave
 * "擦净。。". Each part keeps its own end mark (。！？…) or gets "。"; a trailing
 * comma, semicolon or colon becomes "。"; empty parts are skipped.
 */
const END_MARK = /[。！？!?…]$/;
const WEAK_END = /[，,；;：:、.．\s]+$/;

export function sentences(...parts: Array<string | null | undefined | false>): string {
  return parts
    .map((part) => (part ? part.trim().replace(WEAK_END, '') : ''))
    .filter((part) => part.length > 0)
    .map((part) => (END_MARK.test(part) ? part.replace(/[。！？!?]+$/, (m) => m[0]) : `${part}。`))
    .join('');
}
