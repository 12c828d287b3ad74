/**
 * Every form a line break takes in resident text: CRLF, a bare CR, LF, NEL,
 * the Unicode line and paragraph separators, and vertical tab and form feed
 * (Unicode's other mandatory breaks). Generated files (.ics, .csv) have line
 * structure of their own, so text put into them is first brought to one form.
 */
export const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/** Control characters that are not line breaks or tab: no file format we write wants them in text. */
const OTHER_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** One LF for every line break, other control characters dropped. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(OTHER_CONTROLS, '');
}
