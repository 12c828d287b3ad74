// Shared as the list of services on offer (never with the sender's elder), to chats and the timeline (src/platform/share.ts).
export default definePageConfig({
  navigationBarTitleText: '为老服务',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
