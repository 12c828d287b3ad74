export default definePageConfig({ navigationBarTitleText: '核实老人信息', enablePullDownRefresh: true });
