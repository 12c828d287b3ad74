export default definePageConfig({ navigationBarTitleText: '报名的居民', enablePullDownRefresh: true });
