import { Children, isValidElement, type ReactNode } from 'react';
import { isWeapp } from '../platform/env';

/**
 * WeChat's screen reader reads WXML's aria-role / aria-label (config/weapp-aria
 * puts them into Taro's templates; the ARIA `role` prop becomes aria-role).
 * H5 keeps its own semantics (role, aria-* and the text itself), so the labels
 * below are added in the mini-program only.
 */

/** The words a person sees in `node`, pieces joined by a space, leaving out aria-hidden parts: a label for WeChat's screen reader. */
export function nodeText(node: ReactNode): string {
  const parts: string[] = [];
  const visit = (n: ReactNode) => {
    Children.forEach(n, (child) => {
      if (typeof child === 'string' || typeof child === 'number') parts.push(String(child));
      else if (isValidElement<{ children?: ReactNode; 'aria-hidden'?: unknown }>(child)) {
        // A part hidden from screen readers (an icon glyph) is not part of the name either.
        const hidden = child.props['aria-hidden'];
        if (hidden === true || hidden === 'true') return;
        parts.push(' ');
        visit(child.props.children);
        parts.push(' ');
      }
    });
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** `aria-label` for WeChat only; empty in H5, where the visible text already names the element. */
export function weappLabel(label: string | undefined): Record<string, string> {
  return isWeapp() && label ? { 'aria-label': label } : {};
}

/** `role` list / listitem for Taro Views (their typings lack role and aria-*): spread them so H5 and WeChat both get them. */
export const listRole = { role: 'list' };
export const itemRole = { role: 'listitem' };
