import { describe, expect, it } from 'vitest';
import { isWeChat } from '../../src/lib/wechat';
import { USER_AGENTS } from '../fixtures/user-agents';

describe('isWeChat', () => {
  it('knows WeChat’s browser on Android and on iOS', () => {
    expect(isWeChat(USER_AGENTS.weChatAndroid)).toBe(true);
    expect(isWeChat(USER_AGENTS.weChatIos)).toBe(true);
  });

  it('takes other phone browsers for what they are', () => {
    expect(isWeChat(USER_AGENTS.chromeAndroid)).toBe(false);
    expect(isWeChat(USER_AGENTS.safariIos)).toBe(false);
  });
});
