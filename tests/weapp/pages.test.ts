import fs from 'node:fs';
import path from 'node:path';
import { CULTURE_COURSES, CULTURE_LESSONS } from '../../server/domain/culture/model';
import { compileWxml, compileWxss, filesOf, pageRoutes } from './compile';
import { openWeapp, pageSettles, textOf, WEAPP_ROOT, type WeappWorld } from './harness';

/**
 * Every page of the production weapp build: compiled by WeChat's own wcc/wcsc,
 * then mounted in miniprogram-simulate as a persona who may open it, on a real
 * runtime, showing its expected words (most read from the seeded data) with no
 * error, console error or warning.
 */

type Persona =
  | 'resident'
  | 'relative'
  | 'grid_worker'
  | 'community_admin'
  | 'district_admin'
  | 'partner_barber'
  | 'enterprise_contact'
  | 'economic_staff'
  | 'liaison';
interface PageCase {
  as: Persona;
  query?: string;
  shows: string[];
}

/** Ids the seed does not fix: read from the runtime before the pages are opened. */
const ids = { issue: '', lesson: '', lessonTitle: '' };

const PAGES: Record<string, () => PageCase> = {
  'pages/index/index': () => ({ as: 'resident', shows: ['湖岛街道 · 党群e家', '我要反映', '文化课堂', '为老服务'] }),
  'pages/messages/index': () => ({ as: 'resident', shows: ['消息'] }),
  'pages/me/index': () => ({ as: 'resident', shows: ['我的', '王建华'] }),
  'pages/login/index': () => ({ as: 'resident', shows: ['登录'] }),
  'packages/admin/roles/index': () => ({ as: 'district_admin', shows: ['角色管理', '刘芳'] }),
  'packages/issues/index': () => ({ as: 'resident', shows: ['我要反映', '万安一路6号楼道贴满小广告'] }),
  'packages/issues/report/index': () => ({ as: 'resident', shows: ['我要反映', '小广告与环境卫生', '万安一路'] }),
  'packages/issues/detail/index': () => ({
    as: 'resident',
    query: `id=${ids.issue}`,
    shows: ['反映详情', '万安一路6号楼道贴满小广告'],
  }),
  'packages/workbench/index': () => ({ as: 'grid_worker', shows: ['诉求工作台', '万安一路6号楼道贴满小广告'] }),
  'packages/workbench/issue/index': () => ({
    as: 'grid_worker',
    query: `id=${ids.issue}`,
    shows: ['办理诉求', '万安一路6号楼道贴满小广告'],
  }),
  'packages/workbench/stats/index': () => ({ as: 'grid_worker', shows: ['诉求统计'] }),
  'packages/workbench/address-rules/index': () => ({ as: 'community_admin', shows: ['地址规则', '万安一路'] }),
  'packages/workbench/settings/index': () => ({ as: 'district_admin', shows: ['系统设置', '小广告与环境卫生'] }),
  'packages/culture/catalogue/index': () => ({ as: 'resident', shows: ['文化课堂', '二十四式太极拳'] }),
  'packages/culture/course/index': () => ({
    as: 'resident',
    query: 'id=crs-taichi-24',
    shows: ['二十四式太极拳', '郑国强'],
  }),
  'packages/culture/lesson/index': () => ({ as: 'resident', query: `id=${ids.lesson}`, shows: [ids.lessonTitle] }),
  'packages/culture/session/index': () => ({
    as: 'resident',
    query: 'id=ses-taichi-yc-next',
    shows: ['太极拳晨练班', '一楼多功能厅'],
  }),
  'packages/culture/mine/index': () => ({ as: 'resident', shows: ['我的课程', '二十四式太极拳'] }),
  'packages/culture/manage/index': () => ({ as: 'community_admin', shows: ['文化活动管理', '太极拳晨练班'] }),
  'packages/culture/session-edit/index': () => ({ as: 'community_admin', shows: ['新建活动'] }),
  'packages/culture/roster/index': () => ({
    as: 'community_admin',
    query: 'id=ses-taichi-yc-next',
    shows: ['太极拳晨练班', '王建华'],
  }),
  'packages/culture/stats/index': () => ({ as: 'community_admin', shows: ['出勤统计'] }),
  'packages/culture/course-edit/index': () => ({ as: 'district_admin', shows: ['新建课程'] }),
  'packages/culture/lesson-edit/index': () => ({
    as: 'district_admin',
    query: 'courseId=crs-taichi-24',
    shows: ['添加课时'],
  }),
  'packages/eldercare/index': () => ({ as: 'relative', shows: ['为老服务', '张德顺'] }),
  'packages/eldercare/elder-form/index': () => ({ as: 'relative', shows: ['登记老人'] }),
  'packages/eldercare/services/index': () => ({
    as: 'relative',
    query: 'elderId=el-zhang-deshun',
    shows: ['选择服务', '上门理发'],
  }),
  'packages/eldercare/book/index': () => ({
    as: 'relative',
    query: 'elderId=el-zhang-deshun&serviceId=svc-jiali-haircut',
    shows: ['预约上门理发', '选择上门时间'],
  }),
  'packages/eldercare/bookings/index': () => ({ as: 'relative', shows: ['我的预约', '上门理发'] }),
  'packages/eldercare/booking/index': () => ({
    as: 'relative',
    query: 'id=bk_demo_zhang_haircut',
    shows: ['预约详情', '张德顺'],
  }),
  'packages/eldercare/grid/index': () => ({ as: 'grid_worker', shows: ['代老人预约', '赵淑芬'] }),
  'packages/eldercare/partner/index': () => ({
    as: 'partner_barber',
    shows: ['合作单位工作台', '待确认', '已结束（1）'],
  }),
  'packages/eldercare/partner-booking/index': () => ({
    as: 'partner_barber',
    query: 'id=bk_demo_zhang_haircut',
    shows: ['预约处理', '张德顺'],
  }),
  'packages/eldercare/partner-services/index': () => ({ as: 'partner_barber', shows: ['服务和时段设置', '上门理发'] }),
  'packages/eldercare/partner-windows/index': () => ({
    as: 'partner_barber',
    query: 'serviceId=svc-jiali-haircut',
    shows: ['时段和名额'],
  }),
  'packages/eldercare/admin/index': () => ({ as: 'district_admin', shows: ['为老服务管理'] }),
  'packages/eldercare/admin-elders/index': () => ({ as: 'district_admin', shows: ['核实老人信息'] }),
  'packages/eldercare/admin-applications/index': () => ({ as: 'district_admin', shows: ['红色合伙人申请'] }),
  'packages/eldercare/guardians/index': () => ({
    as: 'relative',
    query: 'elderId=el-zhang-deshun',
    shows: ['张德顺的家属', '张丽'],
  }),
  'packages/eldercare/partner-apply/index': () => ({ as: 'resident', shows: ['申请成为红色合伙人'] }),
  'packages/eldercare/admin-services/index': () => ({ as: 'district_admin', shows: ['服务项目设置', '上门理发'] }),
  'packages/enterprise/index': () => ({
    as: 'enterprise_contact',
    shows: ['企业直通车', '固特房车(青岛)营地装备有限公司', '经济服务办公室'],
  }),
  'packages/enterprise/register/index': () => ({ as: 'resident', shows: ['登记企业', '统一社会信用代码'] }),
  'packages/enterprise/join/index': () => ({ as: 'resident', shows: ['用邀请码加入企业', '邀请码'] }),
  'packages/enterprise/invite/index': () => ({
    as: 'enterprise_contact',
    query: 'id=ent-91370203madx000032',
    shows: ['邀请同事', '马晓东'],
  }),
  'packages/enterprise/staff/index': () => ({
    as: 'economic_staff',
    shows: ['企业服务', '进百企走访', '中车青岛四方车辆研究所有限公司'],
  }),
  'packages/enterprise/staff-enterprise/index': () => ({
    as: 'economic_staff',
    query: 'id=ent-91370203madx00007e',
    shows: ['青岛环湾物流有限公司', '核实登记'],
  }),
  'packages/enterprise/staff-visit/index': () => ({
    as: 'economic_staff',
    query: 'enterpriseId=ent-91370203madx000032',
    shows: ['记录走访', '固特房车(青岛)营地装备有限公司'],
  }),
  'packages/privacy/mine/index': () => ({ as: 'resident', shows: ['我的数据', '王建华', '注销账号'] }),
  'packages/privacy/policy/index': () => ({ as: 'resident', shows: ['隐私政策', '我们会用到的手机功能', '您的权利'] }),
  'packages/workbench/moderation/index': () => ({ as: 'community_admin', shows: ['内容审核', '没有待处理的内容。'] }),
  'packages/enterprise/request-new/index': () => ({ as: 'enterprise_contact', shows: ['提交诉求', '招工', '融资'] }),
  'packages/enterprise/my-requests/index': () => ({
    as: 'enterprise_contact',
    shows: ['我的诉求', '房车展示场地需求'],
  }),
  'packages/enterprise/request/index': () => ({
    as: 'enterprise_contact',
    query: 'id=rq_demo_open-financing',
    shows: ['诉求详情', '融资需求 600 万元', '设备更新贷'],
  }),
  'packages/enterprise/staff-requests/index': () => ({ as: 'liaison', shows: ['企业诉求', '房车展示场地需求'] }),
  'packages/enterprise/staff-request/index': () => ({
    as: 'liaison',
    query: 'id=rq_demo_open-financing',
    shows: ['诉求办理', '融资需求 600 万元', '定制融资'],
  }),
  'packages/enterprise/staff-request-stats/index': () => ({ as: 'liaison', shows: ['诉求统计', '解决'] }),
  'packages/enterprise/jobs/index': () => ({ as: 'resident', shows: ['家门口招聘', '房车总装工'] }),
  'packages/enterprise/job/index': () => ({
    as: 'resident',
    query: 'id=job-demo-01',
    shows: ['房车总装工', '我想应聘'],
  }),
  'packages/enterprise/job-manage/index': () => ({ as: 'enterprise_contact', shows: ['招聘岗位管理', '房车总装工'] }),
  'packages/enterprise/job-applicants/index': () => ({
    as: 'enterprise_contact',
    query: 'id=job-demo-01',
    shows: ['报名「房车总装工」的居民'],
  }),
  'packages/enterprise/staff-jobs/index': () => ({ as: 'economic_staff', shows: ['定向招聘', '招聘情况'] }),
  'packages/enterprise/policies/index': () => ({ as: 'enterprise_contact', shows: ['惠企政策', '符合本企业'] }),
  'packages/enterprise/policy/index': () => ({
    as: 'enterprise_contact',
    query: 'id=pol-demo-city-001',
    shows: ['政策（第 1 批）', '标记为已申报'],
  }),
  'packages/enterprise/staff-policies/index': () => ({
    as: 'economic_staff',
    shows: ['政策推送', '市级政策 181 项已推送'],
  }),
};

describe("WeChat's compilers take the whole build", () => {
  it('wcc compiles every WXML and WXS file, and every page has a render function', () => {
    const gwx = compileWxml(WEAPP_ROOT);
    const routes = pageRoutes(WEAPP_ROOT);
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) expect([route, typeof gwx(`${route}.wxml`)]).toEqual([route, 'function']);
    expect(gwx('no/such/page.wxml')).toBeUndefined();
  });

  it('wcsc compiles every WXSS file without an error, and every page has its style function', () => {
    // All files go in one run; wcsc returns one function per page or component and the shared rest as `comm`.
    const compiled = compileWxss(WEAPP_ROOT);
    expect(filesOf(WEAPP_ROOT, '.wxss')).toContain('app.wxss');
    expect(typeof compiled.comm).toBe('string');
    const styled = pageRoutes(WEAPP_ROOT).filter((route) => fs.existsSync(path.join(WEAPP_ROOT, `${route}.wxss`)));
    expect(styled.length).toBeGreaterThan(30);
    for (const route of styled) expect([route, typeof compiled[`${route}.wxss`]]).toEqual([route, 'string']);
  });
});

describe('every page mounts in the simulator and shows its data', () => {
  let world: WeappWorld;

  beforeAll(async () => {
    world = await openWeapp();
    // A report to show on the issue pages, filed over HTTP (the journeys file theirs by taps).
    const token = await world.runtime.client.login('resident');
    const filed = await world.runtime.client.call(
      'issues',
      {
        action: 'report',
        requestId: 'weapp-pages-0001',
        category: 'flyers',
        description: '万安一路6号楼道贴满小广告',
        address: { street: '万安一路', number: 6 },
      },
      token,
    );
    expect(filed.body.ok).toBe(true);
    ids.issue = filed.body.data.id;
    const course = await world.runtime.deps.store.get(CULTURE_COURSES, 'crs-taichi-24');
    ids.lesson = course!.lessonIds[0];
    const lesson = await world.runtime.deps.store.get(CULTURE_LESSONS, ids.lesson);
    ids.lessonTitle = lesson!.title;
  });
  afterAll(async () => {
    await world?.close();
  });

  it('has a case for every page of app.json', () => {
    expect(Object.keys(PAGES).sort()).toEqual(pageRoutes(WEAPP_ROOT).sort());
  });

  for (const route of Object.keys(PAGES)) {
    it(`${route}`, async () => {
      const page = PAGES[route]();
      await world.as(page.as, `/${route}${page.query ? `?${page.query}` : ''}`);
      const text = await pageSettles(world.app, page.shows);
      expect(world.app.current.route).toBe(route);
      for (const words of page.shows) expect(text).toContain(words);
      expect(world.app.errors).toEqual([]);
      // WeChat's screen reader can name every button and field of every page (aria.test.ts checks more on four pages).
      const unnamed = world.app
        .select((n) => n.tag === 'button' || n.tag === 'input' || n.tag === 'textarea')
        .filter((n) => !n.attrs['aria-label'] || (n.tag === 'button' && !n.attrs['aria-role']))
        .map((n) => `<${n.tag}> ${textOf(n)}`);
      expect(unnamed).toEqual([]);
    });
  }
});
