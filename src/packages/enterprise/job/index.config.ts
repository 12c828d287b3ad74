export default definePageConfig({ navigationBarTitleText: '招聘岗位', enableShareAppMessage: true });
