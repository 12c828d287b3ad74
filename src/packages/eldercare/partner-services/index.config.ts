export default definePageConfig({ navigationBarTitleText: '服务和时段设置', enablePullDownRefresh: true });
