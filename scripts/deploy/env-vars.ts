/**
 * Every environment variable the project reads, in one list: docs/deploy.md's
 * table and .env.example are generated from it (`npm run docs:deploy`), and
 * tests/unit/deploy.test.ts fails when code reads a variable missing here or
 * when the generated files are stale.
 */
export type EnvScope = 'deploy' | 'build' | 'function' | 'runtime' | 'platform' | 'test';

export interface EnvVar {
  name: string;
  scope: EnvScope;
  /** What happens when it is unset. */
  default: string;
  description: string;
  /** A secret: never printed by the deploy, never committed. */
  secret?: boolean;
  /** Put in .env.example (commented out when it has a sensible default). */
  example?: string;
}

export const SCOPE_LABELS: Record<EnvScope, string> = {
  deploy: '`npm run deploy` (your shell or `.env.local`)',
  build: 'mini-program build (`npm run build:weapp`, read at build time)',
  function: 'cloud function environment (set by the deploy from `cloudbaserc.json`)',
  runtime: 'local runtime (`npm start`, backup, restore, import)',
  platform: 'set by the platform; never set it yourself',
  test: 'tests and bench only',
};

export const ENV_VARS: EnvVar[] = [
  // deploy
  {
    name: 'ENV_ID',
    scope: 'deploy',
    default: 'required',
    description:
      'CloudBase environment id (云开发控制台 → 概览), e.g. `dangqun-prod-1a2b3c`; fills `{{env.ENV_ID}}` in cloudbaserc.json',
    example: '',
  },
  {
    name: 'TCB_SECRET_ID',
    scope: 'deploy',
    default: 'required',
    description: 'Tencent Cloud API key id (访问管理 → API 密钥) of an account allowed to manage the environment',
    secret: true,
    example: '',
  },
  {
    name: 'TCB_SECRET_KEY',
    scope: 'deploy',
    default: 'required',
    description: 'its secret key',
    secret: true,
    example: '',
  },
  {
    name: 'WEAPP_APPID',
    scope: 'deploy',
    default: '`appid` of project.config.json',
    description:
      'mini-program AppID (公众平台 → 开发管理 → 开发设置); needed when project.config.json still says `touristappid`',
    example: '',
  },
  {
    name: 'WEAPP_UPLOAD_KEY_FILE',
    scope: 'deploy',
    default: '`.secrets/private.<appid>.key`',
    description:
      "the code upload key (公众平台 → 开发管理 → 开发设置 → 小程序代码上传密钥, downloaded once); keep it in `.secrets/` (git-ignored) or give its path; also add the deploying machine's IP to the whitelist there",
    secret: true,
  },
  {
    name: 'WEAPP_VERSION',
    scope: 'deploy',
    default: '`version` of package.json',
    description: 'version shown in 版本管理 for the uploaded build',
  },
  {
    name: 'WEAPP_DESC',
    scope: 'deploy',
    default: 'the last commit subject',
    description: 'description of the uploaded build',
  },
  {
    name: 'WEAPP_ROBOT',
    scope: 'deploy',
    default: '1',
    description: 'miniprogram-ci robot number (1-30): uploads by different robots are separate 开发版',
  },
  // build
  {
    name: 'TARO_APP_CLOUD_ENV',
    scope: 'build',
    default: 'the deploy sets it to ENV_ID',
    description:
      'environment id the mini-program passes to `Taro.cloud.init({ env })`; must equal ENV_ID (the deploy refuses a different one)',
  },
  {
    name: 'TARO_APP_SUBSCRIBE_TEMPLATES',
    scope: 'build',
    default: 'empty: no subscription consent dialog',
    description:
      'subscription template ids as `KEY=id` pairs separated by commas (e.g. `ISSUE_ACCEPTED=…,BOOKING_UPDATE=…`), the same ids as the SUBSCRIBE_TPL_* below; the taps that create a need ask consent for theirs (at most 3 each)',
  },
  {
    name: 'TARO_APP_API_BASE',
    scope: 'build',
    default: 'same origin',
    description: "H5 build only: base URL of the local runtime's API",
  },
  {
    name: 'TARO_OUTPUT_ROOT',
    scope: 'build',
    default: '`dist/<target>`',
    description: 'build output folder (tests build into their own)',
  },
  // cloud functions
  {
    name: 'SUBSCRIBE_TPL_BOOKING_UPDATE',
    scope: 'function',
    default: 'unset: booking changes are not pushed',
    description: '`notify-sender`: template id of 预约状态通知',
  },
  {
    name: 'SUBSCRIBE_TPL_VISIT_REMINDER',
    scope: 'function',
    default: 'unset: reminders are not pushed',
    description: '`notify-sender`: template id of 服务提醒',
  },
  {
    name: 'SUBSCRIBE_TPL_ISSUE_ACCEPTED',
    scope: 'function',
    default: 'unset: issue acceptance, rejection or merge is not pushed',
    description: '`notify-sender`: template id of 诉求受理通知',
  },
  {
    name: 'SUBSCRIBE_TPL_ISSUE_PROGRESS',
    scope: 'function',
    default: 'unset: issue progress is not pushed',
    description: '`notify-sender`: template id of 诉求办理进度通知',
  },
  {
    name: 'SUBSCRIBE_TPL_ISSUE_RESULT',
    scope: 'function',
    default: 'unset: issue results are not pushed',
    description: '`notify-sender`: template id of 诉求办理结果通知',
  },
  {
    name: 'SUBSCRIBE_TPL_CULTURE_OFFER',
    scope: 'function',
    default: 'unset: waiting-list offers are not pushed',
    description: '`notify-sender`: template id of 候补成功通知',
  },
  {
    name: 'SUBSCRIBE_TPL_CULTURE_REMINDER',
    scope: 'function',
    default: 'unset: session reminders are not pushed',
    description: '`notify-sender`: template id of 活动开始提醒',
  },
  {
    name: 'SUBSCRIBE_TPL_CULTURE_CHANGE',
    scope: 'function',
    default: 'unset: session changes are not pushed',
    description: '`notify-sender`: template id of 活动变更通知',
  },
  {
    name: 'SUBSCRIBE_TPL_STAFF_ASSIGNMENT',
    scope: 'function',
    default: 'unset: new work for staff and partners is not pushed',
    description: '`notify-sender`: template id of 待办事项提醒',
  },
  {
    name: 'SUBSCRIBE_TPL_STAFF_DEADLINE',
    scope: 'function',
    default: 'unset: deadline reminders to staff are not pushed',
    description: '`notify-sender`: template id of 办理时限提醒',
  },
  {
    name: 'SUBSCRIBE_TPL_POLICY_PUSH',
    scope: 'function',
    default: 'unset: policies are not pushed to enterprises in WeChat',
    description: '`notify-sender`: template id of 政策推送通知',
  },
  {
    name: 'SUBSCRIBE_TPL_JOB_RESULT',
    scope: 'function',
    default: "unset: an enterprise's answer to a job applicant is not pushed",
    description: '`notify-sender`: template id of 应聘结果通知',
  },
  {
    name: 'HUDAO_RETENTION_DAYS',
    scope: 'function',
    default: '180',
    description:
      "`timers` (and the local runtime): days after an issue is closed before the reporter's phone and the original photos are erased (docs/privacy.md)",
  },
  {
    name: 'SUBSCRIBE_MINIPROGRAM_STATE',
    scope: 'function',
    default: '`formal`',
    description: '`notify-sender`: which version a tap on a message opens (`formal`, `trial`, `developer`)',
  },
  {
    name: 'CULTURE_VIDEO_FILEID_PREFIX',
    scope: 'function',
    default: 'unset: demo videos from /media',
    description: 'cloud storage prefix of the demo lesson videos (demo seed only)',
  },
  // local runtime
  {
    name: 'NODE_ENV',
    scope: 'runtime',
    default: 'development',
    description: '`production`: no demo seed, no demo Open311 key, demo login off',
  },
  { name: 'PORT', scope: 'runtime', default: '8080', description: 'HTTP port' },
  {
    name: 'HOST',
    scope: 'runtime',
    default: '127.0.0.1',
    description: 'address to listen on (`0.0.0.0` to serve a LAN, behind an HTTPS proxy)',
  },
  { name: 'HUDAO_DB', scope: 'runtime', default: '`.data/hudao.sqlite`', description: 'SQLite file' },
  { name: 'HUDAO_UPLOADS_DIR', scope: 'runtime', default: '`.data/uploads`', description: 'uploaded photos' },
  {
    name: 'DEMO_LOGIN',
    scope: 'runtime',
    default: 'on, off in production',
    description: '`1` turns demo login on in production',
  },
  {
    name: 'TOKEN_SECRET',
    scope: 'runtime',
    default: 'random, kept in `.data/token-secret`',
    description: 'key that signs local session tokens',
    secret: true,
  },
  { name: 'STATIC_DIR', scope: 'runtime', default: '`dist/h5`', description: 'the H5 build served' },
  {
    name: 'SKIP_H5_BUILD',
    scope: 'runtime',
    default: 'unset',
    description: '`1` serves whatever is in STATIC_DIR without rebuilding',
  },
  { name: 'JOB_INTERVAL_MS', scope: 'runtime', default: '60000', description: 'how often the timer handlers run' },
  {
    name: 'RATE_LIMIT_LOGIN',
    scope: 'runtime',
    default: '20',
    description: 'login requests per minute per client address (`0`/`off`: no limit)',
  },
  {
    name: 'RATE_LIMIT_PUBLIC',
    scope: 'runtime',
    default: '120',
    description: 'Open311 and upload requests per minute per client address (`0`/`off`: no limit)',
  },
  {
    name: 'TRUST_PROXY',
    scope: 'runtime',
    default: 'off',
    description:
      '`1` behind a reverse proxy (HTTPS in front): client addresses, and so rate limits, come from X-Forwarded-For',
  },
  {
    name: 'REQUEST_LOG',
    scope: 'runtime',
    default: 'on',
    description: '`0` turns off the JSON line per request on stdout',
  },
  { name: 'BACKUP_DIR', scope: 'runtime', default: '`backups/` beside HUDAO_DB', description: 'where backups go' },
  {
    name: 'BACKUP_KEEP',
    scope: 'runtime',
    default: '7',
    description: 'backups kept (older ones removed after each new one)',
  },
  {
    name: 'BACKUP_INTERVAL_MINUTES',
    scope: 'runtime',
    default: '0 (off)',
    description: 'scheduled backup in the running runtime every N minutes',
  },
  // platform
  { name: 'TARO_ENV', scope: 'platform', default: 'set by Taro', description: 'build target (`weapp`, `h5`)' },
  { name: 'WX_OPENID', scope: 'platform', default: 'set by CloudBase', description: 'the caller of a cloud function' },
  {
    name: 'WX_CONTEXT_KEYS',
    scope: 'platform',
    default: 'set by CloudBase',
    description: 'which WX_* values the function context carries',
  },
  // tests
  {
    name: 'TCB_ENV_ID',
    scope: 'test',
    default: 'unset: CloudBase contract suite skipped',
    description: 'run the store contract suite against a real environment (with TCB_SECRET_ID/KEY)',
  },
  { name: 'TCB_TEST_PREFIX', scope: 'test', default: '`contract_`', description: 'collection prefix of that suite' },
  { name: 'CHROMIUM_PATH', scope: 'test', default: '/usr/bin/chromium', description: 'browser of the e2e tests' },
  { name: 'H5_DIR', scope: 'test', default: '`dist/h5`', description: 'H5 build the e2e tests serve' },
  { name: 'BENCH_REQUESTS', scope: 'test', default: '2000', description: '`npm run bench`: requests per scenario' },
  { name: 'BENCH_CONCURRENCY', scope: 'test', default: '32', description: '`npm run bench`: requests in flight' },
  {
    name: 'BENCH_WARM_UP',
    scope: 'test',
    default: '2000',
    description: '`npm run bench`: warm-up requests before the baseline',
  },
  {
    name: 'BENCH_ROUNDS',
    scope: 'test',
    default: '5',
    description:
      '`npm run bench`: rounds of the hot path (no-op, enrolment burst, no-op, booking burst, no-op), after one warm-up round',
  },
  {
    name: 'BENCH_PROFILE',
    scope: 'test',
    default: 'unset',
    description:
      "`npm run bench`: a folder for V8 CPU profiles of the first counted round's bursts (`enrol-burst.cpuprofile`, `book-burst.cpuprofile`)",
  },
  {
    name: 'BENCH_LOAD_RUNS',
    scope: 'test',
    default: '9',
    description: '`npm run bench`: fresh Node processes per bundle for the cold-load median',
  },
  {
    name: 'WEAPP_DIST',
    scope: 'test',
    default: '`dist/weapp`',
    description: '`npm run test:weapp`: test this weapp build as it is, without rebuilding',
  },
  {
    name: 'UPDATE_SCREENS',
    scope: 'test',
    default: 'unset',
    description: '`1`: the size e2e test also writes the README screenshots to docs/screens/',
  },
  {
    name: 'TZ',
    scope: 'test',
    default: "the machine's zone",
    description:
      'the process time zone; tests set it to prove every rule and every shown time is Beijing time whatever the zone',
  },
  {
    name: 'BENCH_ISSUES',
    scope: 'test',
    default: '100000',
    description: '`npm run bench`: issues in the queue benchmark',
  },
  {
    name: 'BENCH_ENTERPRISES',
    scope: 'test',
    default: '10000',
    description: '`npm run bench`: enterprises in the 企业直通车 benchmark',
  },
  {
    name: 'BENCH_ENTERPRISE_REQUESTS',
    scope: 'test',
    default: '100000',
    description: '`npm run bench`: requests (诉求) in the 企业直通车 benchmark',
  },
  {
    name: 'BENCH_ENTERPRISE_BURST',
    scope: 'test',
    default: '300',
    description: '`npm run bench`: enterprises filing a request at the same moment',
  },
];

export function envTable(vars: EnvVar[] = ENV_VARS): string {
  const lines: string[] = [];
  for (const scope of Object.keys(SCOPE_LABELS) as EnvScope[]) {
    const inScope = vars.filter((v) => v.scope === scope);
    if (inScope.length === 0) continue;
    lines.push(`**${SCOPE_LABELS[scope]}**`, '', '| variable | default | what |', '| --- | --- | --- |');
    for (const v of inScope)
      lines.push(
        `| \`${v.name}\`${v.secret ? ' (secret)' : ''} | ${v.default} | ${v.description.replace(/\|/g, '\\|')} |`,
      );
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/** `.env.example`: what a deployer copies to `.env.local` (git-ignored) and fills in. */
export function envExample(vars: EnvVar[] = ENV_VARS): string {
  const out = [
    '# Copy to .env.local (git-ignored) and fill in; `npm run deploy` and the CloudBase CLI read it.',
    '# Generated from scripts/deploy/env-vars.ts by `npm run docs:deploy`; every variable: docs/deploy.md.',
    '',
  ];
  for (const scope of ['deploy', 'build', 'function', 'runtime'] as EnvScope[]) {
    out.push(`# --- ${SCOPE_LABELS[scope].replace(/`/g, '')}`);
    for (const v of vars.filter((x) => x.scope === scope)) {
      out.push(
        `# ${v.description.replace(/`/g, '')}${v.default === 'required' ? ' (required)' : `; default: ${v.default.replace(/`/g, '')}`}`,
      );
      out.push(v.example !== undefined ? `${v.name}=${v.example}` : `# ${v.name}=`);
    }
    out.push('');
  }
  return out.join('\n');
}
