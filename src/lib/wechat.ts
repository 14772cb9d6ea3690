/**
 * WeChat's own browser, where most readers of the review open it. It names
 * itself MicroMessenger in its user agent, on Android and iOS alike; there a
 * page can be passed on only from WeChat's menu, or as a saved picture.
 */
export function isWeChat(userAgent: string): boolean {
  return /\bMicroMessenger\//i.test(userAgent);
}
