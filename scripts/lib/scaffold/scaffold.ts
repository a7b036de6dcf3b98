/**
 * Skeleton files for `npm run new -- story|unit|route [id]`: every field of the schema with a
 * comment saying what it means. Required fields hold placeholders (`""` or 待填写) that the content
 * guard rejects, so an unfilled file can never be published; once they are filled the file passes.
 */
import { CATEGORIES, REGIONS, STATUSES } from '../../../src/lib/content/taxonomy';

/** The kinds of file `npm run new` writes. */
export const SCAFFOLD_KINDS = ['story', 'unit', 'route'] as const;
/** One of {@link SCAFFOLD_KINDS}. */
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** The collection folder each kind is written to. */
export const SCAFFOLD_FOLDER: Record<ScaffoldKind, string> = { story: 'stories', unit: 'units', route: 'routes' };

/** Placeholder of a required field that has a fixed list of values. */
export const PLACEHOLDER = '待填写';

const list = (values: readonly { value: string }[]) => values.map((v) => v.value).join('、');

const HEAD = `# 以 "" 或 ${PLACEHOLDER} 占位的字段必须填写，否则网站不会生成，构建报告会指出这个文件。
# 以 # 开头的行是说明或可选字段：需要可选字段时去掉行首的 # 再填写。
# 正文写在最后一行 --- 之下；用全角标点，正文里不要出现 {、} 和 <。`;

function unit(id: string, today: string): string {
  return `---
# 单位：示范单位、示范点或相关场所。字段说明见 docs/内容编辑指南.md。
${HEAD}

# 网页地址 /units/<id>/ 用的编号：小写字母、数字、连字符，与文件名相同；发布后不要再改。
id: ${id}
# 来源中的全称。
name: ""
# 常用的简短叫法（可选）。
# shortName: 简称
# 曾用名、来源中的其他写法（可选，可写多个）。
# aliases: [曾用名]
# 传统蒙古文名称（可选）：只照来源（双语牌匾、公文、官方网页）抄录，不得自拟或转写；source 写明出处，title 必填。
# mongolianName:
#   text: 从来源复制的传统蒙古文
#   source:
#     title: 出处
# 盟市，照原样填写其一：${list(REGIONS)}。
region: ${PLACEHOLDER}
# 旗县区（可选）：来源写明时填写。
# district: 某某区
# 旗县区是推断而非来源写明时，说明依据（可选）。
# districtNote: 依地址推断
# 类别，其一：${list(CATEGORIES)}。来源没有说明时填 待核实。
category: ${PLACEHOLDER}
# 对类别的文字说明（可选），如 城市社区（多民族互嵌式社区）。
# kind: 说明
# 来源能证明的身份，宁低勿高，其一：${list(STATUSES)}（含义见指南）。
status: ${PLACEHOLDER}
# 获得的称号（可选，可写多条）：title 必填；level 为 国家级、自治区级、盟市级、旗县区级 之一。
# designations:
#   - title: 包头市民族团结进步创建示范点
#     level: 盟市级
#     year: 2022
#     note: 授牌时间与依据
# 位置（可选）：WGS84 十进制度。高德、腾讯（GCJ-02）和百度（BD-09）的坐标要先换算（用 npm run import 会自动换算）。
# 位置未知时整段保持注释，网页显示“位置待补充”。precision 是以米计的精度半径，拿不准时宁大勿小。
# location:
#   lat: 40.655
#   lng: 109.88
#   precision: 2000
#   note: 坐标代表什么、怎么取得
# 敏感设施（可选）：只有来源写明是军事、武警或边防设施时才填写；填写后本站不公开它的位置和地址。
# reason 为 军事设施、武警设施、边防设施 之一。
# sensitive:
#   reason: 军事设施
#   note: 依据哪份来源
# 地址（可选）：照来源写。
# address: 某某路 1 号
# 参观信息（可选）：不知道的项不写。
# visit:
#   opening: 开放时间
#   booking: 预约部门和电话
#   groupSize: 40
#   parking: 大巴停车
#   stepFree: 无障碍通道
# 对资料可信程度的说明（可选），如 存在与身份：高；坐标：低。
# confidence: 说明
# 来源，至少一条：title 必填；网上能看到的写 url；有日期写 date（YYYY-MM-DD）；note 写它支持什么或可信度。
sources:
  - title: ""
    # url: https://
    # date: 2022-10-14
# 图片（可选）：文件放在 public/images/ 下；alt（替代文字）和 credit（作者）必填。
# images:
#   - src: /images/units/${id}.jpg
#     alt: 画面内容
#     credit: 摄影者或提供单位
# 最近一次对照来源核实本条目的日期，YYYY-MM-DD。
updated: ${today}
---

用本站自己的话介绍这个单位：它是什么、做了什么、为什么值得去。只写来源支持的事实。
`;
}

function story(id: string): string {
  return `---
# 故事：一篇典型经验或报道，用本站自己的话改写，注明原文。字段说明见 docs/内容编辑指南.md。
${HEAD}

# 网页地址 /stories/<id>/ 用的编号：小写字母、数字、连字符，与文件名相同；发布后不要再改。
id: ${id}
# 标题（本站自拟）。
title: ""
# 标题的传统蒙古文写法（可选）：只在原报道有蒙古文标题时照抄，不得自拟或转写；source 写明出处，title 必填。
# mongolianName:
#   text: 从来源复制的传统蒙古文
#   source:
#     title: 出处
# 一两句话的概括，最多 160 字，用于列表和分享卡片。
summary: ""
# 原文的发表日期，YYYY-MM-DD。
date: ${PLACEHOLDER}
# 发言或供稿的单位，照原文写。
speaker: ""
# 发言单位在本站的页面 id（可选，须是 content/units/ 中已有的单位）。
# speakerUnit: unit-baotou-mw
# 故事所属盟市，照原样填写其一：${list(REGIONS)}。
region: ${PLACEHOLDER}
# 故事涉及的单位 id（须已存在），如 [bt-tuanjie-square]。
units: []
# 主题词：项目、活动、做法，如 红石榴家园。
tags: []
# 记者会引用的数字（可选），按原文顺序；value 照原文写，如 70 或 11.1万。
# keyFigures:
#   - { label: 打造“红石榴家园”, value: 70, unit: 个 }
# 原文出处：publication 与 date 必填。
source:
  publication: ""
  date: ${PLACEHOLDER}
  # page: 第08版
  # originalTitle: 原文标题
  # suppliedBy: 供稿单位
  # url: https://
# 本站文字的许可与原文版权。
licence: 本站改写文字以 CC BY 4.0 许可发布，转载请注明出处；原报道版权归原刊发单位所有。
# 图片（可选）：文件放在 public/images/ 下；alt 和 credit 必填。
# images:
#   - src: /images/stories/${id}.jpg
#     alt: 画面内容
#     credit: 摄影者或提供单位
---

用本站自己的话改写原文，保留原文的全部事实、名称和数据。
`;
}

function route(id: string): string {
  return `---
# 线路：按参观顺序串起的单位。字段说明见 docs/内容编辑指南.md。
# 官方精品线路只有在找到公布其组成的来源后才能添加。
${HEAD}

# 网页地址 /routes/<id>/ 用的编号：小写字母、数字、连字符，与文件名相同；发布后不要再改。
id: ${id}
# 线路名称。
name: ""
# 几个字的主题。
theme: ""
# official：按公布原样录入的官方精品线路（必须有来源）；suggestion：编辑建议的线路。
kind: ${PLACEHOLDER}
# 交通方式：coach（大巴）、walk（步行）、bicycle（骑行）、car（自驾）。
travelMode: coach
# 按参观顺序排列的站点，至少两站：unit 是 content/units/ 中已有单位的 id，minutes 是停留分钟数；
# note（看什么）和 directions（到下一站怎么走）可选。
stops:
  - unit: ${PLACEHOLDER}
    minutes: 30
    # note: 在这一站看什么
    # directions: 到下一站怎么走
  - unit: ${PLACEHOLDER}
    minutes: 30
# 线路组成的来源（官方线路至少一条）：title 必填，有网址写 url。
sources:
  - title: ""
    # url: https://
---

介绍这条线路：主题、适合的团体、全程大约多久。
`;
}

/** The text of a new, unfilled file of the given kind. */
export function scaffold(kind: ScaffoldKind, id: string, today: string): string {
  if (kind === 'unit') return unit(id, today);
  if (kind === 'story') return story(id);
  return route(id);
}
