export default definePageConfig({ navigationBarTitleText: '党群e家' });
