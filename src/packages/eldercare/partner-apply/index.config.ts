export default definePageConfig({ navigationBarTitleText: '申请成为红色合伙人' });
