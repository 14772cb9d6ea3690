import { describe, expect, it } from 'vitest';
import { sentences, sentenceStating } from '../../src/lib/sentences';

describe('sentences', () => {
  it('ends a sentence at 。！？ and keeps the closing marks after it', () => {
    expect(sentences('抓项目引领。他说：“好！”真的吗？（记者 段海洲）')).toEqual([
      '抓项目引领。',
      '他说：“好！”',
      '真的吗？',
    ]);
  });

  it('never runs a sentence across paragraphs', () => {
    expect(sentences('第一段。\n第二段。')).toEqual(['第一段。', '第二段。']);
  });
});

describe('sentenceStating', () => {
  const text = '抓项目引领。盘活空置公租房，解决了4600余名群众住房困难。完善城市公共服务设施。';

  it('finds the sentence that holds the phrase', () => {
    expect(sentenceStating(text, '解决了4600余名群众住房困难')).toBe('盘活空置公租房，解决了4600余名群众住房困难。');
  });

  it('gives the phrase itself when no sentence holds it whole', () => {
    expect(sentenceStating(text, '困难。完善')).toBe('困难。完善');
  });
});
