export default definePageConfig({ navigationBarTitleText: '招聘岗位管理', enablePullDownRefresh: true });
