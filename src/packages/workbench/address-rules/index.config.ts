export default definePageConfig({ navigationBarTitleText: '地址规则', enablePullDownRefresh: true });
