/**
 * The words demo stories are made of: pools of activities, groups, places, people and figures, and
 * the sentence templates of each section (background, methods, results, outlook). Every name in
 * them is marked 示例 or is too generic to be a real one.
 */
import type { Rng } from './random';

/** Tags a story draws from, besides 示例. */
export const TAG_POOL = [
  '红石榴',
  '石榴籽',
  '示例活动',
  '邻里互助',
  '文化交流',
  '双语学习',
  '志愿服务',
  '互嵌社区',
  '示例家园',
  '产业互助',
  '青少年',
  '示例宣讲',
];

/** Activities a story is about. */
export const ACTIVITIES = [
  '示例邻里节',
  '示例读书会',
  '示例运动会',
  '示例手工坊',
  '示例义诊日',
  '示例文艺汇演',
  '示例故事会',
  '示例周末课堂',
  '示例美食节',
  '示例植树活动',
  '示例结对帮扶',
  '示例互助小组',
  '示例议事会',
  '示例宣讲团',
  '示例研学营',
  '示例摄影展',
  '示例音乐会',
  '示例技能培训',
  '示例法律讲座',
  '示例篮球联赛',
  '示例非遗体验课',
  '示例长调学唱班',
  '示例剪纸班',
  '示例马头琴兴趣组',
  '示例家风故事会',
  '示例“一家亲”茶话会',
];
/** Groups of people who take part. */
export const GROUPS = [
  '各族居民',
  '示例学校师生',
  '退休职工',
  '示例青年志愿者',
  '新就业群体',
  '示例嘎查牧民',
  '园区职工',
  '社区老人',
  '少年儿童',
  '示例文艺队',
  '外来务工人员',
  '示例网格员',
  '双职工家庭',
  '示例企业青年',
];
/** Where it happens. */
const PLACES = [
  '示例活动室',
  '示例广场',
  '示例小院',
  '示例展厅',
  '示例书屋',
  '示例食堂',
  '示例服务站',
  '示例操场',
  '示例会客厅',
  '示例长廊',
];
/** When it happens. */
const TIMES = [
  '春节前后',
  '开春以后',
  '入夏以来',
  '秋收时节',
  '入冬以前',
  '每逢周末',
  '每月第一个周六',
  '寒暑假期间',
  '中秋前夕',
  '那达慕前后',
];
/** Names of working methods. */
const METHODS = [
  '“示例议事”',
  '“示例结对”',
  '“示例积分”',
  '“示例网格”',
  '“示例共学”',
  '“示例共享”',
  '“示例点单”',
  '“示例轮值”',
];
/** People who speak in a story. */
const PEOPLE = [
  '示例居民甲',
  '示例老师乙',
  '示例志愿者丙',
  '示例书记丁',
  '示例牧民戊',
  '示例学生己',
  '示例职工庚',
  '示例馆员辛',
];
/** What they say. */
const QUOTES = [
  '大家住在一栋楼里，就该像一家人一样走动',
  '孩子们在一起学，在一起玩，感情自然就深了',
  '以前见面只点点头，现在谁家有事都来搭把手',
  '活动不在大小，关键是每个人都愿意来',
  '我们把想法写在小本子上，一条一条去办',
  '这件事做成了，心里觉得特别踏实',
  '互相学一句对方的语言，距离一下子就近了',
  '办法都是大家商量出来的',
];
/** Outcomes, for the results section and the summary. */
export const RESULTS = [
  '邻里关系更加融洽',
  '各族群众走得更近',
  '活动参与面明显扩大',
  '互助氛围越来越浓',
  '一批示例骨干成长起来',
  '居民满意度有所提升',
];
/** Headings of each section, in the order of {@link SENTENCES}. */
export const ROLE_HEADINGS = [
  ['示例缘起', '从一间示例活动室说起', '示例工作的起点', '问题从哪里来（示例）'],
  ['示例做法', '把活动办到家门口', '示例机制怎样运转', '一件件小事做起来'],
  ['示例成效', '看得见的变化（示例）', '示例数字背后', '大家怎么说'],
  ['示例启示', '下一步怎么走（示例）', '示例经验小结', '还要再往前走'],
];
/** What the speaking unit did, for the title. */
export const TITLE_ACTIONS = [
  '办起示例邻里节',
  '让示例读书会走进楼道',
  '用示例积分换来好邻居',
  '把示例课堂搬进小院',
  '组建示例互助小组',
  '唱响示例长调',
  '开出示例“一家亲”茶话会',
  '在示例广场跳起同一支舞',
  '结对帮扶示例嘎查',
  '建起示例石榴籽书屋',
  '办好示例民族手工坊',
  '点亮示例会客厅',
  '请来示例讲解员',
  '讲好示例家风故事',
  '开设示例双语课堂',
];
/** Key figures a story may report, with their units. */
export const FIGURE_LABELS = [
  { label: '示例活动场次', unit: '场' },
  { label: '示例参与人次', unit: '人次' },
  { label: '示例志愿者', unit: '名' },
  { label: '示例服务项目', unit: '个' },
  { label: '示例结对家庭', unit: '户' },
  { label: '示例投入资金', unit: '万元' },
  { label: '示例培训课时', unit: '课时' },
  { label: '示例红石榴家园', unit: '个' },
];

/** What the sentences of one story share: its stream, its units and its subject. */
export interface StoryWords {
  rng: Rng;
  speaker: string;
  units: string[];
  activity: string;
  group: string;
  /** Year the work began, a year or three before the story. */
  year: number;
  /** Year of the story itself. */
  storyYear: number;
}

type Sentence = (w: StoryWords) => string;

/** Sentence templates by section: background, methods, results, outlook. */
export const SENTENCES: readonly (readonly Sentence[])[] = [
  [
    (w) =>
      `${w.year}年以前，${w.speaker}所在的示例片区里，${w.rng.pick(GROUPS)}彼此之间走动不多，很多人连对门的邻居都叫不上名字。`,
    (w) =>
      `示例片区里住着${w.rng.int(3, 12)}个民族的${w.rng.int(800, 9000)}多名示例居民，${w.rng.pick(GROUPS)}和${w.rng.pick(GROUPS)}各有各的生活节奏。`,
    (w) => `${w.rng.pick(PEOPLE)}回忆，当时${w.rng.pick(PLACES)}常年空着，大家有心交流，却找不到合适的地方和由头。`,
    (w) => `在一次示例走访中，工作人员发现${w.rng.pick(GROUPS)}最盼望的，是家门口能有一个说说话、办办事的地方。`,
    (w) => `${w.speaker}决定从${w.activity}入手，先把${w.rng.pick(GROUPS)}请出家门、聚到一起。`,
    (w) => `示例调查显示，有${w.rng.int(40, 90)}%的受访示例居民希望多参加一些各民族共同参与的活动。`,
    (w) => `起初，也有人担心${w.activity}办不长久，热闹一阵就散了。`,
    (w) =>
      `${w.rng.pick(TIMES)}，${w.speaker}召集${w.rng.int(5, 30)}位热心人开了第一次示例座谈会，把大家的想法一条条记下来。`,
    (w) =>
      `这里是一个典型的示例${w.rng.pick(['老旧小区', '新建小区', '城郊村', '工业园区', '校园', '街区'])}，${w.rng.pick(GROUPS)}占了常住人口的一半以上。`,
    (w) => `${w.rng.pick(PEOPLE)}是最早站出来的人，${w.rng.pick(['她', '他'])}说：“${w.rng.pick(QUOTES)}。”`,
    (w) => `大家商量后认为，与其等条件成熟，不如先把${w.activity}办起来，在干中摸索。`,
    (w) =>
      `${w.rng.pick(['语言不通', '作息不同', '场地不足', '缺少骨干', '信息不畅'])}，是当时摆在${w.speaker}面前的第一道难题。`,
  ],
  [
    (w) =>
      `${w.speaker}推行${w.rng.pick(METHODS)}工作法，把${w.activity}固定在${w.rng.pick(TIMES)}举办，让大家心里有数。`,
    (w) =>
      `每次活动前，示例网格员挨家挨户上门邀请，${w.rng.pick(GROUPS)}报名踊跃，常常要提前${w.rng.int(2, 7)}天登记。`,
    (w) => `${w.rng.pick(PLACES)}经过示例改造，摆上了书架、长桌和展板，成了${w.rng.pick(GROUPS)}最爱去的地方。`,
    (w) =>
      `他们还和${w.units.length > 1 ? w.units[1] : '示例兄弟单位'}结成示例对子，轮流承办${w.rng.pick(ACTIVITIES)}。`,
    (w) => `${w.rng.pick(PEOPLE)}带头组建了${w.rng.int(2, 9)}支示例志愿服务队，分别负责助老、助学、调解和文体活动。`,
    (w) => `在${w.rng.pick(ACTIVITIES)}上，各族${w.rng.pick(GROUPS)}互相教做家乡菜、学唱家乡歌，现场笑声不断。`,
    (w) => `为了让更多人参与，${w.speaker}把活动信息同时用示例公告栏和示例微信群发布，做到人人知晓。`,
    (w) => `${w.rng.pick(PEOPLE)}说：“${w.rng.pick(QUOTES)}。”`,
    (w) =>
      `示例议事会每月召开一次，${w.rng.pick(GROUPS)}代表围坐在一起，商量${w.rng.pick(['停车', '绿化', '助餐', '托管', '照明'])}等身边事。`,
    (w) =>
      `${w.rng.pick(GROUPS)}里会说两种以上语言的人被请来当示例“翻译官”，${w.rng.pick(['帮着沟通', '帮着办事', '帮着讲解'])}，也教大家学几句日常用语。`,
    (w) =>
      `${w.speaker}把每年的${w.rng.pick(['三月', '五月', '九月'])}定为示例“民族团结进步活动月”，集中举办${w.rng.pick(ACTIVITIES)}和${w.rng.pick(ACTIVITIES)}。`,
    (w) => `${w.rng.pick(TIMES)}，他们又推出${w.rng.pick(ACTIVITIES)}，把民族团结的道理讲进${w.rng.pick(GROUPS)}心里。`,
    (w) =>
      `针对${w.rng.pick(['园区职工', '双职工家庭', '新就业群体', '外来务工人员'])}白天上班、晚上有空的特点，${w.activity}特意改到傍晚举办。`,
    (w) => `${w.rng.pick(PLACES)}门口挂起了示例“心愿墙”，${w.rng.pick(GROUPS)}把需求写在卡片上，志愿者认领后限期办结。`,
    (w) => `每一场${w.rng.pick(ACTIVITIES)}结束后，组织者都会留出${w.rng.int(10, 40)}分钟听取意见，下一次就改进。`,
    (w) => `${w.units.length > 2 ? w.units[2] : '附近的示例学校'}也派人加入，带来了${w.rng.pick(ACTIVITIES)}的经验。`,
  ],
  [
    (w) =>
      `${w.rng.int(1, 5)}年来，${w.speaker}累计举办${w.activity}等示例活动${w.rng.int(30, 600)}场，参与${w.rng.int(1000, 90000)}人次。`,
    (w) => `如今，${w.rng.pick(RESULTS)}，${w.rng.pick(RESULTS)}。`,
    (w) => `${w.rng.pick(PEOPLE)}感慨：“${w.rng.pick(QUOTES)}。”`,
    (w) => `示例回访显示，${w.rng.int(85, 99)}%的示例居民对活动表示满意，不少人从参加者变成了组织者。`,
    (w) =>
      `${w.rng.pick(GROUPS)}和${w.rng.pick(GROUPS)}之间结下了${w.rng.int(20, 300)}对示例“亲戚”，逢年过节互相走动。`,
    (w) => `${w.speaker}的做法被编入示例经验汇编，先后有${w.rng.int(5, 80)}批示例考察团前来交流。`,
    (w) => `${w.rng.pick(PLACES)}里的留言本已经写满了${w.rng.int(3, 20)}本，记下了一个个暖心的小故事。`,
    (w) => `${w.rng.pick(GROUPS)}中涌现出${w.rng.int(3, 40)}名示例“热心人”，有人还获评示例优秀志愿者。`,
    (w) => `过去冷清的${w.rng.pick(PLACES)}，如今${w.rng.pick(TIMES)}总是坐得满满当当。`,
    (w) =>
      `一位参加过${w.activity}的${w.rng.pick(['居民', '老师', '牧民', '职工', '学生'])}说，自己在这里交到了好几个不同民族的朋友。`,
    (w) => `示例统计显示，各类示例纠纷比往年减少了${w.rng.int(10, 60)}%，求助电话也少了许多。`,
    (w) => `${w.speaker}还把活动照片编成示例画册，发给每一户参加过活动的家庭。`,
    (w) => `${w.rng.pick(['去年', '今年', '前年'])}，${w.speaker}的${w.activity}还被评为示例优秀案例。`,
    (w) =>
      `${w.rng.pick(GROUPS)}自发编排的${w.rng.pick(['小品', '快板', '合唱', '舞蹈', '情景剧'])}《示例一家亲》，在${w.rng.pick(PLACES)}演了${w.rng.int(3, 30)}场。`,
  ],
  [
    (w) => `谈到下一步，${w.speaker}表示，将继续办好${w.activity}，让更多${w.rng.pick(GROUPS)}参与进来。`,
    () => `示例经验表明，民族团结进步创建要落在日常、落在细处，从一件件小事做起。`,
    (w) => `${w.rng.pick(PEOPLE)}希望，${w.rng.pick(PLACES)}能成为各族群众共同的“家”。`,
    (w) =>
      `接下来，他们打算把${w.rng.pick(METHODS)}工作法推广到更多示例楼栋，并和${w.rng.pick(GROUPS)}一起制定新的活动计划。`,
    (w) => `${w.storyYear + 1}年，${w.speaker}还计划新建${w.rng.int(1, 6)}处示例服务点，把服务送到更多人身边。`,
    (w) => `${w.rng.pick(PEOPLE)}说，示例经验没有什么秘诀，就是把群众的事当成自己的事。`,
    (w) =>
      `他们也坦言，${w.rng.pick(['骨干老化', '经费有限', '场地紧张', '年轻人参与不多'])}等问题还需要在实践中慢慢解决。`,
    (w) =>
      `下一步，${w.speaker}准备和${w.units.length > 1 ? w.units[1] : '更多示例单位'}一起，把${w.rng.pick(ACTIVITIES)}办成示例品牌活动。`,
    (w) => `在${w.rng.pick(GROUPS)}看来，民族团结就体现在每天的相处里，体现在一次次的互相帮忙中。`,
    (w) =>
      `${w.rng.pick(PEOPLE)}给自己定了个小目标：${w.storyYear + 1}年底前，让${w.rng.pick(GROUPS)}人人都参加一次${w.rng.pick(ACTIVITIES)}。`,
    (w) => `${w.speaker}还打算邀请${w.rng.pick(GROUPS)}担任示例“观察员”，请他们给工作挑毛病、提建议。`,
  ],
];
