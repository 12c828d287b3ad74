export default definePageConfig({ navigationBarTitleText: '时段和名额', enablePullDownRefresh: true });
