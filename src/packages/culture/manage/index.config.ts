export default definePageConfig({ navigationBarTitleText: '文化活动管理', enablePullDownRefresh: true });
