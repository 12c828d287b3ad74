import type Taro from '@tarojs/taro';

// `cloud` is a valid app.json key that Taro's AppConfig type lacks (it sits on Taro.Config).
const config: Taro.AppConfig & { cloud: boolean } = {
  // The main package stays small: the three tabs and the H5 login page.
  pages: ['pages/index/index', 'pages/messages/index', 'pages/me/index', 'pages/login/index'],
  // Feature pages live in subpackages, loaded when first opened.
  subPackages: [
    { root: 'packages/admin', pages: ['roles/index'] },
    { root: 'packages/privacy', pages: ['policy/index', 'mine/index'] },
    { root: 'packages/issues', pages: ['index', 'report/index', 'detail/index'] },
    {
      root: 'packages/workbench',
      pages: ['index', 'issue/index', 'stats/index', 'address-rules/index', 'settings/index', 'moderation/index'],
    },
    {
      root: 'packages/culture',
      pages: [
        'catalogue/index',
        'course/index',
        'lesson/index',
        'session/index',
        'mine/index',
        'manage/index',
        'session-edit/index',
        'roster/index',
        'stats/index',
        'course-edit/index',
        'lesson-edit/index',
      ],
    },
    {
      root: 'packages/eldercare',
      pages: [
        'index',
        'elder-form/index',
        'services/index',
        'book/index',
        'bookings/index',
        'booking/index',
        'grid/index',
        'partner/index',
        'partner-booking/index',
        'partner-services/index',
        'partner-windows/index',
        'admin/index',
        'admin-elders/index',
        'admin-applications/index',
        'guardians/index',
        'partner-apply/index',
        'admin-services/index',
      ],
    },
    // 企业直通车 (packages/enterprise): registration, contacts, liaisons and visits; the direct line of requests (诉求); 定向招聘 and 定位推送 (jobs and job are public: residents, shared links).
    {
      root: 'packages/enterprise',
      pages: [
        'index',
        'register/index',
        'join/index',
        'invite/index',
        'staff/index',
        'staff-enterprise/index',
        'staff-visit/index',
        'request-new/index',
        'my-requests/index',
        'request/index',
        'staff-requests/index',
        'staff-request/index',
        'staff-request-stats/index',
        'jobs/index',
        'job/index',
        'job-manage/index',
        'job-applicants/index',
        'staff-jobs/index',
        'policies/index',
        'policy/index',
        'staff-policies/index',
      ],
    },
  ],
  window: {
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '党群e家',
    backgroundColor: '#F5F5F5',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4D4D4D',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      // Icons drawn by scripts/make-images.ts (81x81 PNG; npm run check:weapp checks them).
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/messages/index',
        text: '消息',
        iconPath: 'assets/tabbar/messages.png',
        selectedIconPath: 'assets/tabbar/messages-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  // Residents open a job from the home tab: fetch its subpackage while they look at home (on any network; together under 2 MB).
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/issues', 'packages/culture', 'packages/eldercare'] },
  },
  // Keeps staff, partner and admin pages out of WeChat search (src/sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
  // Enables wx.cloud in the mini-program (CloudBase).
  cloud: true,
  // WeChat requires declaring location APIs; the issue form offers the map picker (src/platform/location.ts).
  requiredPrivateInfos: ['chooseLocation'],
  lazyCodeLoading: 'requiredComponents',
  // H5 only: page slide animations leave the old page in the DOM for a moment, confusing screen readers and tests.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
};

export default defineAppConfig(config);
