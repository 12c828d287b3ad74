export default definePageConfig({ navigationBarTitleText: '为老服务', enablePullDownRefresh: true });
