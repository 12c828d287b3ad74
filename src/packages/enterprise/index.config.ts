export default definePageConfig({ navigationBarTitleText: '企业直通车', enablePullDownRefresh: true });
