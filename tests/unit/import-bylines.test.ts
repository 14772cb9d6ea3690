import { describe, expect, it } from 'vitest';
import { bylineAtEnd, bylineAtStart, readByline } from '../../src/import/structure/bylines';

describe('bylines', () => {
  it.each([
    ['记者 段海洲', ['段海洲']],
    ['记者 林小雨 通讯员 周明', ['林小雨']],
    ['本报记者  张三 李四', ['张三', '李四']],
    ['本报记者 宋佳、刘洋 实习生 周子涵', ['宋佳', '刘洋']],
    ['通讯员 周明 记者 王春', ['王春']],
    ['本报记者赵明远', ['赵明远']],
    ['记者 陈思远 报道', ['陈思远']],
    ['陈思远 报道', ['陈思远']],
    ['文/乌兰图雅', ['乌兰图雅']],
    ['文/本报记者 郑可欣 图/何川', ['郑可欣']],
    ['■ 本报记者 赵明远 通讯员 孙悦', ['赵明远']],
    ['■ 何静 林涛', ['何静', '林涛']],
    ['□ 全媒体记者 欧阳明', ['欧阳明']],
    ['（记者 郑可欣 何川）', ['郑可欣', '何川']],
    ['通讯员 曹宇', []],
    ['记者：赵明远', ['赵明远']],
    ['撰稿：钱文博 何川', ['钱文博', '何川']],
    ['本报记者 赵明远 通讯员 孙悦 摄影 李强', ['赵明远']],
    ['（责任编辑：李芳）', []],
    ['文丨张明远', ['张明远']],
    ['文 | 张明远', ['张明远']],
    ['记者｜张明远', ['张明远']],
    ['撰文丨张明远 摄影丨李强', ['张明远']],
    ['文：张明远 摄影：李强', ['张明远']],
  ])('%s names %j', (line, reporters) => {
    expect(readByline(line)?.reporters).toEqual(reporters);
  });

  it('keep the words as printed, without brackets or a mark, and how they separate names', () => {
    expect(readByline('■ 本报记者 赵明远 通讯员 孙悦')).toMatchObject({
      printed: '本报记者 赵明远 通讯员 孙悦',
      separator: ' ',
      credits: [
        { role: '本报记者', names: ['赵明远'] },
        { role: '通讯员', names: ['孙悦'] },
      ],
    });
    expect(readByline('本报记者 宋佳、刘洋')?.separator).toBe('、');
    expect(readByline('文：乌兰图雅')?.printed).toBe('文：乌兰图雅');
  });

  it.each(['聚焦产业升级 工业经济量质齐升', '■ 产业兴旺', '专题报道', '2021年工作回顾', '各位代表：', '抓项目引领。'])(
    'are not headings or text: %s',
    (line) => {
      expect(readByline(line)).toBeUndefined();
    },
  );

  it('read a report’s speaker, who names no reporter', () => {
    expect(readByline('青原市人民政府市长 周立群')).toMatchObject({ reporters: [], speaker: true });
    expect(readByline('代县长 马文涛')).toMatchObject({ printed: '代县长 马文涛', speaker: true });
  });

  it('are found at the end of a paragraph in brackets, and at the start of a news story', () => {
    expect(bylineAtEnd('全域旅游发展质量全面升级。（记者 段海洲）')?.printed).toBe('记者 段海洲');
    expect(bylineAtEnd('京东智联云（铜川）数字经济产业园开园。')).toBeUndefined();
    // A photo's credit closes its caption, not the section.
    expect(bylineAtEnd('图为产业园一角。（摄影 韦晨）')).toBeUndefined();
    expect(bylineAtStart('本报讯（记者 李晓东 通讯员 张婷 王磊）2021年，松川镇……')?.reporters).toEqual(['李晓东']);
    expect(bylineAtStart('本报讯 记者 李晓东 报道：2021年，松川镇……')?.reporters).toEqual(['李晓东']);
  });
});
