export default definePageConfig({ navigationBarTitleText: '预约处理' });
