import { cleanup } from '@testing-library/react';
import { resetCareModeForTests } from '../../src/care/care-mode';
import { resetCloudForTests } from '../../src/platform/cloud';
import { resetConsentState } from '../../src/privacy/consent';
import { resetTaroDouble } from './taro-double';

beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  resetTaroDouble();
  resetCareModeForTests();
  resetCloudForTests();
  resetConsentState();
});

afterEach(() => {
  cleanup();
  delete (globalThis as { fetch?: unknown }).fetch;
});
