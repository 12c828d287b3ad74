export default definePageConfig({ navigationBarTitleText: '红色合伙人申请', enablePullDownRefresh: true });
