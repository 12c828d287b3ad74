import { field, onPage, openWeapp, pageSettles, shows, until, type WeappWorld } from './harness';
import { textOf } from './mini-app';

/**
 * The three jobs through the weapp bundle itself: pages rendered from the
 * wcc-compiled templates, taps dispatched on rendered nodes (found by the names
 * WeChat's screen reader would announce), every call going through
 * `wx.cloud.callFunction` to a real runtime as the persona holding the phone.
 */
let world: WeappWorld;
beforeAll(async () => {
  world = await openWeapp();
});
afterAll(async () => {
  await world?.close();
});

const app = () => world.app;

describe('a resident files a report and the grid worker accepts it', () => {
  let ticket = '';

  it('王建华 files a flyers report from the home page', async () => {
    await world.as('resident', '/pages/index/index');
    await shows(app(), '我要反映');
    // First launch: the 大字版 offer comes first; he declines it and it goes away.
    await shows(app(), '字太小，看不清？');
    app().press('暂不需要');
    await until(
      app(),
      'the 大字版 offer gone',
      () => app().text(),
      (t) => !t.includes('字太小，看不清？'),
    );
    app().press('我要反映');
    await onPage(app(), 'packages/issues/index');
    await pageSettles(app(), ['我的反映']);
    app().press('我要反映');
    await onPage(app(), 'packages/issues/report/index');
    await pageSettles(app(), ['小广告与环境卫生']);

    app().press(/^小广告与环境卫生/);
    app().type(field(app(), '问题描述'), '万安一路6号2单元楼道里又贴满了开锁的小广告，墙面很脏。');
    app().press('万安一路');
    app().type(field(app(), '门牌号'), '6');
    await until(
      app(),
      'the category chosen',
      () => app().select((n) => n.attrs['aria-label']?.startsWith('小广告与环境卫生'))[0]?.attrs['aria-checked'],
      (v) => v === 'true',
    );
    app().press('提交反映');

    await shows(app(), '提交成功');
    await shows(app(), '万安一路网格党支部');
    ticket = textOf(app().select((n) => (n.attrs.class ?? '').split(' ').includes('code'))[0]).trim();
    expect(ticket).toMatch(/^\d{8}-\d{4}$/);
    // The confirmation is a status line WeChat's screen reader announces with its words.
    const status = app().select((n) => n.attrs['aria-role'] === 'status' && textOf(n).includes('提交成功'));
    expect(status).toHaveLength(1);
    expect(status[0].attrs['aria-label']).toContain('万安一路网格党支部');
    expect(world.calls).toContain('issues.report');
    expect(app().errors).toEqual([]);
  });

  it('刘芳 finds it in her workbench and accepts it', async () => {
    await world.as('grid_worker', '/pages/me/index');
    await pageSettles(app(), ['刘芳']);
    app().press('诉求工作台');
    await onPage(app(), 'packages/workbench/index');
    await pageSettles(app(), [ticket]);
    app().press(new RegExp(ticket));
    await onPage(app(), 'packages/workbench/issue/index');
    await pageSettles(app(), ['办理诉求', '2单元']);

    app().press(/^受理/);
    await shows(app(), '确定受理');
    app().press('确定受理');
    await shows(app(), '已受理，居民会收到通知');
    expect(app().errors).toEqual([]);
  });

  it('王建华 sees it accepted', async () => {
    await world.as('resident', '/packages/issues/index');
    await pageSettles(app(), [ticket]);
    const card = app().select((n) => n.tag === 'button' && textOf(n).includes(ticket));
    expect(textOf(card[0])).toContain('已受理');
  });
});

describe('a relative books a haircut and the barber confirms it', () => {
  it('张丽 books a free window weeks ahead for her father 张德顺', async () => {
    await world.as('relative', '/pages/index/index');
    await shows(app(), '为老服务');
    app().press('为老服务');
    await onPage(app(), 'packages/eldercare/index');
    await pageSettles(app(), ['张德顺']);
    app().press('为张德顺预约服务');
    await onPage(app(), 'packages/eldercare/services/index');
    await pageSettles(app(), ['上门理发', '可预约']);
    app().press(/上门理发/);
    await onPage(app(), 'packages/eldercare/book/index');
    await pageSettles(app(), ['预约上门理发', '个名额']);

    // The last window of the week view: weeks away, so never inside the 24 hours that ask for a second confirmation.
    const radios = () => app().select((n) => n.attrs['aria-role'] === 'radio');
    expect(radios().length).toBeGreaterThan(1);
    app().tap(radios().at(-1)!);
    await until(
      app(),
      'the window chosen',
      () => radios().at(-1)!.attrs['aria-checked'],
      (v) => v === 'true',
    );
    app().type(field(app(), '备注'), '老人腿脚不便，请敲门后多等一会儿');
    app().press('提交预约');

    await onPage(app(), 'packages/eldercare/booking/index');
    await pageSettles(app(), ['预约已提交', '待确认', '老人腿脚不便']);
    expect(world.calls).toContain('eldercare.book');
    expect(app().errors).toEqual([]);
  });

  it('孙丽娜 confirms it, and then sees the address', async () => {
    await world.as('partner_barber', '/pages/me/index');
    await pageSettles(app(), ['孙丽娜']);
    app().press(/合作单位工作台/);
    await onPage(app(), 'packages/eldercare/partner/index');
    await pageSettles(app(), ['待确认（1）', '张**']);
    app().press(/张\*\*/);
    await onPage(app(), 'packages/eldercare/partner-booking/index');
    await pageSettles(app(), ['预约处理', '张**']);
    expect(app().text()).not.toContain('13800000012');

    app().press('确认预约');
    await shows(app(), '万安一路12号2号楼1单元302');
    await shows(app(), '已确认');
    expect(app().errors).toEqual([]);
  });

  it('张丽 sees the booking confirmed', async () => {
    await world.as('relative', '/packages/eldercare/bookings/index');
    await pageSettles(app(), ['我的预约', '已确认']);
  });
});

describe('a resident enrols in a session', () => {
  it('王建华 finds the choir rehearsal in the catalogue and takes a place', async () => {
    await world.as('resident', '/pages/index/index');
    await shows(app(), '文化课堂');
    app().press('文化课堂');
    await onPage(app(), 'packages/culture/catalogue/index');
    await pageSettles(app(), ['文化课堂']);
    await pageSettles(app(), ['社区合唱团排练']);
    app().press(/^线下课程 合唱 社区合唱团排练/);
    await onPage(app(), 'packages/culture/session/index');
    await pageSettles(app(), ['社区合唱团排练', '还剩']);

    app().press('报名');
    await pageSettles(app(), ['您已报名']);
    expect(world.calls).toContain('culture.enrolSession');
    expect(app().errors).toEqual([]);
  });

  it('finds it under 我的课程', async () => {
    await world.as('resident', '/packages/culture/mine/index');
    await pageSettles(app(), ['我的课程', '社区合唱团排练']);
  });
});
