import { DEFAULT_CONFIG, type Deps } from '../../server/core/action';
import { AdjustableClock } from '../../server/core/clock';
import { account } from '../../server/functions/account';
import { createMain } from '../../server/platform/cloudbase';
import { withRetries } from '../../server/store/retrying';
import { CloudbaseStore } from '../../server/store/cloudbase';
import { FakeCloudbase } from '../store/fake-cloudbase';

/** A cloud function writes one structured line per invocation, like the local runtime: never the caller's identity or input. */
const deps: Deps = {
  store: withRetries(new CloudbaseStore(new FakeCloudbase())),
  clock: new AdjustableClock(),
  config: DEFAULT_CONFIG,
  log: () => undefined,
};

test('one line per call: request id, function, action, roles, status, duration; no openid or input', async () => {
  const lines: Array<Record<string, unknown>> = [];
  const main = createMain('account', account, {
    deps,
    identify: () => ({ openid: 'wx-secret-openid' }),
    requestLog: (l) => lines.push(l),
  });
  await main({ action: 'updateProfile', name: '王建华', phone: '13800000001' }, { request_id: 'req-1' });
  await main({ action: 'me' }, { request_id: 'req-2' });
  expect(lines).toHaveLength(2);
  expect(lines[1]).toEqual({
    time: expect.any(String),
    level: 'info',
    reqId: 'req-2',
    fn: 'account',
    action: 'me',
    role: 'resident',
    status: 'OK',
    ms: expect.any(Number),
  });
  const text = JSON.stringify(lines);
  for (const personal of ['wx-secret-openid', '王建华', '13800000001']) expect(text).not.toContain(personal);
});

test('an anonymous call and a refusal are logged with their code', async () => {
  const lines: Array<Record<string, unknown>> = [];
  const main = createMain('account', account, { deps, identify: () => null, requestLog: (l) => lines.push(l) });
  await main({ action: 'me' }, {});
  expect(lines).toEqual([
    expect.objectContaining({ fn: 'account', action: 'me', role: 'anonymous', status: 'UNAUTHENTICATED', reqId: null }),
  ]);
});
