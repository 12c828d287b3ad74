// Shared to chats and the timeline (src/platform/share.ts); the event is public, so a timeline visitor sees it too.
export default definePageConfig({
  navigationBarTitleText: '活动报名',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
