export default definePageConfig({ navigationBarTitleText: '家门口招聘', enablePullDownRefresh: true });
