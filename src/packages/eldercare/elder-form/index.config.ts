export default definePageConfig({ navigationBarTitleText: '老人信息' });
