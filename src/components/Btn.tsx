import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import { isWeapp } from '../platform/env';
import { nodeText } from './aria';

export interface BtnProps {
  children: ReactNode;
  onClick?: () => void;
  /** primary: red with white text; secondary: outlined; danger: for revoking; plain: a tappable card. */
  kind?: 'primary' | 'secondary' | 'danger' | 'plain';
  disabled?: boolean;
  loading?: boolean;
  className?: string;
  /** Only when the visible text alone would be ambiguous (e.g. several 作废 buttons). */
  label?: string;
  role?: 'button' | 'switch' | 'radio';
  checked?: boolean;
  testId?: string;
  /** WeChat open ability; only agreePrivacyAuthorization is used (the privacy popup's 同意). */
  openType?: 'agreePrivacyAuthorization';
  /** The element id WeChat checks when the privacy agreement is resolved. */
  id?: string;
  onAgreePrivacyAuthorization?: () => void;
}

/**
 * Taro's Button is a custom element in H5 that browsers do not treat as a
 * button; the role, tabindex and Enter/Space handling give it the semantics back.
 */
export function Btn({
  children,
  onClick,
  kind = 'secondary',
  disabled,
  loading,
  className,
  label,
  role = 'button',
  checked,
  testId,
  openType,
  id,
  onAgreePrivacyAuthorization,
}: BtnProps) {
  const activate = () => {
    if (!disabled && !loading) onClick?.();
  };
  const a11y: Record<string, unknown> = { role, tabindex: disabled ? -1 : 0 };
  if (label) a11y['aria-label'] = label;
  // WeChat's screen reader takes aria-label over the text; without one it may read only part of a card.
  else if (isWeapp()) a11y['aria-label'] = nodeText(children);
  if (disabled) a11y['aria-disabled'] = 'true';
  if (loading) a11y['aria-busy'] = 'true';
  if (checked !== undefined) a11y['aria-checked'] = checked ? 'true' : 'false';
  if (testId) a11y['data-testid'] = testId;
  if (!isWeapp()) {
    a11y.onKeyDown = (e: { key?: string; preventDefault?: () => void }) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault?.();
        activate();
      }
    };
  }
  return (
    <Button
      className={['btn', `btn--${kind}`, className].filter(Boolean).join(' ')}
      // Only true is passed: in H5 React writes `disabled="false"` on the custom element, which CSS and browsers read as disabled.
      disabled={disabled || undefined}
      loading={loading || undefined}
      onClick={activate}
      {...(openType ? { openType, onAgreePrivacyAuthorization } : {})}
      {...(id ? { id } : {})}
      {...a11y}
    >
      {children}
    </Button>
  );
}
