import { parseTemplateIds } from '../../../src/packages/eldercare/lib/subscribe-templates';

describe('subscription template ids from TARO_APP_SUBSCRIBE_TEMPLATES', () => {
  it('reads a comma list, ignoring blanks and spaces; empty means no consent dialog', () => {
    expect(parseTemplateIds('tplA, tplB,,')).toEqual(['tplA', 'tplB']);
    expect(parseTemplateIds('')).toEqual([]);
    expect(parseTemplateIds(undefined)).toEqual([]);
  });

  it('is read from the environment when the module loads', () => {
    const saved = process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'tpl-update,tpl-remind';
    try {
      jest.isolateModules(() => {
        const mod = require('../../../src/packages/eldercare/lib/subscribe-templates') as typeof import('../../../src/packages/eldercare/lib/subscribe-templates');
        expect(mod.BOOKING_TEMPLATE_IDS).toEqual(['tpl-update', 'tpl-remind']);
      });
    } finally {
      if (saved === undefined) delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES;
      else process.env.TARO_APP_SUBSCRIBE_TEMPLATES = saved;
    }
  });
});
