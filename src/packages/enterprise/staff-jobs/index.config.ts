export default definePageConfig({ navigationBarTitleText: '定向招聘', enablePullDownRefresh: true });
