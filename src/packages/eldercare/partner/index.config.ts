export default definePageConfig({ navigationBarTitleText: '合作单位工作台', enablePullDownRefresh: true });
