// Shared to chats and the timeline (src/platform/share.ts); the course is public, so a timeline visitor sees it too.
export default definePageConfig({
  navigationBarTitleText: '课程',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
