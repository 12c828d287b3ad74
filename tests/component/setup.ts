import { cleanup, configure } from '@testing-library/react';
import { resetCareModeForTests } from '../../src/care/care-mode';
import { resetCloudForTests } from '../../src/platform/cloud';
import { resetConsentState } from '../../src/privacy/consent';
import { resetTaroDouble } from './taro-double';

// Every findBy/waitFor waits on its condition; the library's default of 1 s is
// shorter than a render after a load takes on a busy two-core CI machine, so a
// correct test failed by chance. The bound is only how long a broken page is
// waited for before the test reports what it saw.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  resetTaroDouble();
  resetCareModeForTests();
  resetCloudForTests();
  resetConsentState();
});

afterEach(() => {
  cleanup();
  // Taro's H5 Picker puts its wheel overlay straight into <body>, outside what
  // cleanup unmounts: a stale one would stand in for the next test's picker.
  document.querySelectorAll('.weui-picker__overlay').forEach((overlay) => overlay.remove());
  delete (globalThis as { fetch?: unknown }).fetch;
});
