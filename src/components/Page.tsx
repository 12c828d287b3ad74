import { View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import { goToLogin, needsLogin } from '../auth/session';
import { useCareMode } from '../care/care-mode';
import { Heading } from './Heading';
import { PrivacyPopup } from './PrivacyPopup';

export interface PageProps {
  /** The page's one heading. */
  title: string;
  children: ReactNode;
  /** false only for pages a signed-out visitor may see (login). */
  requireLogin?: boolean;
  className?: string;
  /** false only on the policy page, which the popup itself links to. */
  privacyPopup?: boolean;
}

/**
 * Root of every page: applies care mode (class `care`), gives the page a
 * heading, and in H5 sends visitors without a session to the login page.
 * It also holds the privacy popup, so consent can be asked on any page.
 */
export function Page({ title, children, requireLogin = true, className, privacyPopup = true }: PageProps) {
  const { on: care } = useCareMode();
  const blocked = requireLogin && needsLogin();

  useEffect(() => {
    if (blocked) goToLogin();
  }, [blocked]);

  const classes = ['page', care ? 'care' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes} data-testid="page-root" {...{ role: 'main' }}>
      <Heading level={1} className="page__title">
        {title}
      </Heading>
      {blocked ? <View className="muted">正在前往登录页……</View> : children}
      {privacyPopup ? <PrivacyPopup /> : null}
    </View>
  );
}
