import { TEMPLATES } from '../../server/platform/subscribe-templates';
import {
  MAX_TEMPLATES,
  parseTemplateIds,
  requestSubscription,
  subscribeFor,
  SUBSCRIBE_MOMENTS,
  templateIdsFor,
  type TemplateKey,
} from '../../src/platform/subscribe';
import Taro from './taro-double';

/** The Taro double has no subscription API; each test gives it the one WeChat would have. */
type WithSubscribe = typeof Taro & { requestSubscribeMessage?: jest.Mock };
const taro = Taro as WithSubscribe;

afterEach(() => {
  delete taro.requestSubscribeMessage;
});

describe('requestSubscription', () => {
  it('in H5 asks nothing (the in-app inbox carries the updates)', async () => {
    taro.requestSubscribeMessage = jest.fn();
    await expect(requestSubscription(['tpl-confirmed'])).resolves.toEqual({ asked: false, accepted: [] });
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('in WeChat asks for at most three templates and reports the accepted ones', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn(async () => ({
      errMsg: 'requestSubscribeMessage:ok',
      a: 'accept',
      b: 'reject',
      c: 'accept',
    }));
    await expect(requestSubscription(['a', 'b', 'c', 'd'])).resolves.toEqual({ asked: true, accepted: ['a', 'c'] });
    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['a', 'b', 'c'], entityIds: [] });
  });

  it('in WeChat shows no dialog while no template id is configured', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn();
    await expect(requestSubscription([])).resolves.toEqual({ asked: false, accepted: [] });
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('never stops the booking when WeChat refuses the dialog (old client, tapped too late)', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn(async () =>
      Promise.reject({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' }),
    );
    await expect(requestSubscription(['a'])).resolves.toEqual({ asked: false, accepted: [] });
  });
});

const ALL_IDS =
  'ISSUE_ACCEPTED=t-ia, ISSUE_PROGRESS=t-ip,ISSUE_RESULT=t-ir,CULTURE_OFFER=t-co,CULTURE_REMINDER=t-cr,CULTURE_CHANGE=t-cc,BOOKING_UPDATE=t-bu,VISIT_REMINDER=t-vr,STAFF_ASSIGNMENT=t-sa,STAFF_DEADLINE=t-sd';

describe('subscription moments (the taps that create a need)', () => {
  it('never asks for more than three templates at one tap', () => {
    for (const [moment, keys] of Object.entries(SUBSCRIBE_MOMENTS)) {
      expect({ moment, count: keys.length <= MAX_TEMPLATES }).toEqual({ moment, count: true });
      expect(
        templateIdsFor(moment as keyof typeof SUBSCRIBE_MOMENTS, parseTemplateIds(ALL_IDS)).length,
      ).toBeLessThanOrEqual(3);
    }
  });

  it('asks for exactly the templates the sender can fill, and each of them somewhere', () => {
    const asked = new Set<string>(Object.values(SUBSCRIBE_MOMENTS).flat());
    expect([...asked].sort()).toEqual(Object.keys(TEMPLATES).sort());
  });

  it('reads KEY=id pairs from the build, ignoring blanks and unknown keys', () => {
    expect(parseTemplateIds(' ISSUE_ACCEPTED = a ,,NOPE=x,BOOKING_UPDATE=b,VISIT_REMINDER=')).toEqual({
      ISSUE_ACCEPTED: 'a',
      BOOKING_UPDATE: 'b',
    });
    expect(parseTemplateIds(undefined)).toEqual({});
    const some: Partial<Record<TemplateKey, string>> = { ISSUE_RESULT: 'r', ISSUE_ACCEPTED: 'a' };
    expect(templateIdsFor('issueReport', some)).toEqual(['a', 'r']);
  });

  it('in WeChat, filing a report asks for accepted, progress and result', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok', 't-ia': 'accept' }));
    await expect(subscribeFor('issueReport', ALL_IDS)).resolves.toEqual({ asked: true, accepted: ['t-ia'] });
    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['t-ia', 't-ip', 't-ir'], entityIds: [] });
  });

  it('in WeChat, staff at work are asked for new work and deadlines; nothing while no id is configured', async () => {
    process.env.TARO_ENV = 'weapp';
    taro.requestSubscribeMessage = jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok' }));
    await subscribeFor('staffWork', ALL_IDS);
    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['t-sa', 't-sd'], entityIds: [] });
    taro.requestSubscribeMessage.mockClear();
    await expect(subscribeFor('cultureSignup', '')).resolves.toEqual({ asked: false, accepted: [] });
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });
});
