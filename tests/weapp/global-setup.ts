import fs from 'node:fs';
import path from 'node:path';

/** The suites test a build, never make one: CI builds right before (`npm run build:weapp`). */
export default function globalSetup(): void {
  const root = path.resolve(__dirname, '../../dist/weapp');
  if (!fs.existsSync(path.join(root, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` before `npm run test:weapp`');
  }
}
