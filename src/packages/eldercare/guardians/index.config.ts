export default definePageConfig({ navigationBarTitleText: '家属', enablePullDownRefresh: true });
