import { localRules } from '../../server/domain/moderation/local-rules';
import { cloudbaseChecker, type SecurityOpenApi } from '../../server/platform/content-check';

function doubleOf(
  replies: Partial<{
    text: Awaited<ReturnType<SecurityOpenApi['msgSecCheck']>>;
    media: Awaited<ReturnType<SecurityOpenApi['mediaCheckAsync']>>;
  }>,
) {
  const calls: { msgSecCheck: unknown[]; mediaCheckAsync: unknown[] } = { msgSecCheck: [], mediaCheckAsync: [] };
  const api: SecurityOpenApi = {
    async msgSecCheck(input) {
      calls.msgSecCheck.push(input);
      return replies.text ?? { errCode: 0, result: { suggest: 'pass', label: 100 } };
    },
    async mediaCheckAsync(input) {
      calls.mediaCheckAsync.push(input);
      return replies.media ?? { errCode: 0, traceId: 'trace-1' };
    },
  };
  return { api, calls };
}

describe('CloudBase adapter (security.msgSecCheck / mediaCheckAsync)', () => {
  const urlOf = async (path: string) => `https://tmp.example/${path.replace('cloud://', '')}`;

  it('sends text as msgSecCheck version 2 with openid and scene, and passes what WeChat passes', async () => {
    const { api, calls } = doubleOf({});
    const checker = cloudbaseChecker({ security: () => api, urlOf });
    await expect(checker.checkText({ openid: 'o-1', scene: 'comment', content: '服务很好' })).resolves.toEqual({
      suggest: 'pass',
    });
    expect(calls.msgSecCheck).toEqual([{ openid: 'o-1', scene: 2, version: 2, content: '服务很好' }]);
  });

  it('turns risky and review into refusals with the label and the keyword WeChat found', async () => {
    const risky = doubleOf({
      text: {
        errCode: 0,
        result: { suggest: 'risky', label: 20001 },
        detail: [{ strategy: 'keyword', keyword: '某词', label: 20001 }],
      },
    });
    await expect(
      cloudbaseChecker({ security: () => risky.api, urlOf }).checkText({ openid: 'o', scene: 'forum', content: 'x' }),
    ).resolves.toEqual({ suggest: 'risky', label: '20001', word: '某词' });
    const review = doubleOf({ text: { errCode: 0, result: { suggest: 'review', label: 21000 } } });
    await expect(
      cloudbaseChecker({ security: () => review.api, urlOf }).checkText({ openid: 'o', scene: 'forum', content: 'x' }),
    ).resolves.toEqual({ suggest: 'review', label: '21000' });
  });

  it('never lets text through when the check itself fails', async () => {
    const broken = doubleOf({ text: { errCode: 61010, errMsg: 'user in invalid' } });
    await expect(
      cloudbaseChecker({ security: () => broken.api, urlOf }).checkText({ openid: 'o', scene: 'forum', content: 'x' }),
    ).rejects.toThrow('msgSecCheck failed: 61010');
  });

  it('submits images with mediaCheckAsync on a fetchable URL and waits for the pushed verdict', async () => {
    const { api, calls } = doubleOf({ media: { errCode: 0, traceId: 'trace-42' } });
    const checker = cloudbaseChecker({ security: () => api, urlOf });
    await expect(
      checker.checkImage({ openid: 'o-2', scene: 'forum', path: 'cloud://env.bucket/issues/a.jpg' }),
    ).resolves.toEqual({ status: 'pending', traceId: 'trace-42' });
    expect(calls.mediaCheckAsync).toEqual([
      { mediaUrl: 'https://tmp.example/env.bucket/issues/a.jpg', mediaType: 2, version: 2, openid: 'o-2', scene: 3 },
    ]);
    const failing = doubleOf({ media: { errCode: 45009, errMsg: 'reach max api daily quota limit' } });
    await expect(
      cloudbaseChecker({ security: () => failing.api, urlOf }).checkImage({
        openid: 'o',
        scene: 'forum',
        path: 'cloud://x/a.jpg',
      }),
    ).rejects.toThrow('45009');
  });
});

describe('local rules adapter', () => {
  const rules = localRules({ words: ['代开发票'] });

  it('refuses text with a listed word, even spaced out or in full-width form', async () => {
    await expect(
      rules.checkText({ openid: 'o', scene: 'forum', content: '楼道有人贴 代 开 发 票 的广告' }),
    ).resolves.toEqual({ suggest: 'risky', label: 'word', word: '代开发票' });
    await expect(rules.checkText({ openid: 'o', scene: 'forum', content: '楼道灯坏了' })).resolves.toEqual({
      suggest: 'pass',
    });
  });

  it('passes uploaded photos, and holds what is not a picture or too small to show anything', async () => {
    const inspect = async (path: string) =>
      path.includes('0000') ? { bytes: 90, width: 8, height: 8 } : { bytes: 50_000, width: 800, height: 600 };
    const withFacts = localRules({ words: [], inspect });
    await expect(
      withFacts.checkImage({ openid: 'o', scene: 'forum', path: '/uploads/11111111-2222-3333-4444-555555555555.jpg' }),
    ).resolves.toEqual({ status: 'pass' });
    await expect(
      withFacts.checkImage({ openid: 'o', scene: 'forum', path: '/uploads/00000000-2222-3333-4444-555555555555.jpg' }),
    ).resolves.toEqual({ status: 'risky', label: 'size' });
    await expect(
      withFacts.checkImage({ openid: 'o', scene: 'forum', path: 'https://evil.example/a.exe' }),
    ).resolves.toEqual({ status: 'risky', label: 'type' });
  });

  it('ships a word list that the default adapter uses', async () => {
    await expect(
      localRules().checkText({ openid: 'o', scene: 'forum', content: '专业代开发票' }),
    ).resolves.toMatchObject({ suggest: 'risky' });
  });
});
