export default definePageConfig({ navigationBarTitleText: '文化课堂', enablePullDownRefresh: true });
