export default definePageConfig({ navigationBarTitleText: '为老服务' });
