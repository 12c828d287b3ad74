import fs from 'node:fs';
import { ensureH5Build } from '../../runtime/h5-build';
import { CHROMIUM_PATH, H5_DIR } from './browser';

/** Builds the H5 app when it is missing or stale, and says plainly when Chromium is not installed. */
export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium fonts-noto-cjk" (or set CHROMIUM_PATH)`,
    );
  }
  ensureH5Build(H5_DIR);
}
