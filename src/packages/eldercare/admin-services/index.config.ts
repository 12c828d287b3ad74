export default definePageConfig({ navigationBarTitleText: '服务项目设置', enablePullDownRefresh: true });
