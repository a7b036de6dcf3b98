/**
 * Controlled vocabularies of the content model: regions (盟市), unit categories and unit
 * statuses. Each value has a stable ASCII slug for URLs and a zh-CN label for display.
 */

/** The twelve league-level divisions of Inner Mongolia, plus the region as a whole. */
export const REGIONS = [
  { value: '内蒙古自治区', slug: 'imar', label: '全区' },
  { value: '呼和浩特市', slug: 'hohhot', label: '呼和浩特市' },
  { value: '包头市', slug: 'baotou', label: '包头市' },
  { value: '呼伦贝尔市', slug: 'hulunbuir', label: '呼伦贝尔市' },
  { value: '兴安盟', slug: 'hinggan', label: '兴安盟' },
  { value: '通辽市', slug: 'tongliao', label: '通辽市' },
  { value: '赤峰市', slug: 'chifeng', label: '赤峰市' },
  { value: '锡林郭勒盟', slug: 'xilingol', label: '锡林郭勒盟' },
  { value: '乌兰察布市', slug: 'ulanqab', label: '乌兰察布市' },
  { value: '鄂尔多斯市', slug: 'ordos', label: '鄂尔多斯市' },
  { value: '巴彦淖尔市', slug: 'bayannur', label: '巴彦淖尔市' },
  { value: '乌海市', slug: 'wuhai', label: '乌海市' },
  { value: '阿拉善盟', slug: 'alxa', label: '阿拉善盟' },
] as const;

/** Kinds of unit, following the "进机关、进企业、进学校、进社区……" fields of creation work. */
export const CATEGORIES = [
  { value: '机关', slug: 'organ', label: '机关' },
  { value: '企业', slug: 'enterprise', label: '企业' },
  { value: '学校', slug: 'school', label: '学校' },
  { value: '社区', slug: 'community', label: '社区' },
  { value: '嘎查村', slug: 'village', label: '嘎查村' },
  { value: '宗教活动场所', slug: 'religious-site', label: '宗教活动场所' },
  { value: '连队', slug: 'unit-corps', label: '连队' },
  { value: '景区/公园', slug: 'park', label: '景区/公园' },
  { value: '展馆', slug: 'exhibition', label: '展馆' },
  { value: '教育基地', slug: 'education-base', label: '教育基地' },
  { value: '服务阵地', slug: 'service-centre', label: '服务阵地' },
  { value: '媒体', slug: 'media', label: '媒体' },
  { value: '园区', slug: 'industrial-park', label: '园区' },
  { value: '待核实', slug: 'unverified', label: '类别待核实' },
] as const;

/**
 * What the sources support about a unit. The order is the order of confidence that the unit is
 * one of Baotou's 40 demonstration points, and the order in which the directory lists them.
 */
export const STATUSES = [
  {
    value: 'official-list',
    slug: 'official-list',
    label: '示范点（官方名单）',
    description: '列入主管部门公布的包头市40个民族团结进步创建示范点名单；来源为名单本身。',
  },
  {
    value: 'confirmed-point',
    slug: 'confirmed-point',
    label: '示范点（来源证实）',
    description: '2022年9月全区互观互学活动中实地观摩的包头市民族团结进步创建示范点，见于原始报道。',
  },
  {
    value: 'point-other-source',
    slug: 'point-other-source',
    label: '示范点（其他来源）',
    description: '其他来源称其为包头市民族团结进步创建示范点；是否属于2022年公布的40个示范点未能确认。',
  },
  {
    value: 'regional-demo-unit',
    slug: 'regional-demo-unit',
    label: '全区示范单位',
    description: '经命名的自治区级民族团结进步示范区示范单位。',
  },
  {
    value: 'seed-named-project',
    slug: 'seed-named-project',
    label: '创建项目（未证实为示范点）',
    description: '原始报道提到的包头市创建项目；报道并未说明它属于40个示范点。',
  },
  {
    value: 'related-site',
    slug: 'related-site',
    label: '相关场所（未证实为示范点）',
    description: '有来源把它与民族团结进步创建联系在一起的包头实际场所，但没有来源说明它是示范点。',
  },
  {
    value: 'seed-named-unit',
    slug: 'seed-named-unit',
    label: '报道提及的单位（包头）',
    description: '原始报道中作经验交流或被提及的包头单位。',
  },
  {
    value: 'seed-named-unit-elsewhere',
    slug: 'seed-named-unit-elsewhere',
    label: '报道提及的单位（区内其他盟市）',
    description: '原始报道中作经验交流或受授牌的其他盟市单位。',
  },
] as const;

export type Region = (typeof REGIONS)[number]['value'];
export type Category = (typeof CATEGORIES)[number]['value'];
export type Status = (typeof STATUSES)[number]['value'];

/** A vocabulary term: the stored value, its URL slug and its display label. */
export interface Term {
  value: string;
  slug: string;
  label: string;
}

/** The facets units are filtered and browsed by, each with its vocabulary. */
export const FACETS = ['region', 'category', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export const FACET_TERMS: Record<Facet, readonly Term[]> = { region: REGIONS, category: CATEGORIES, status: STATUSES };

export const regionValues = REGIONS.map((r) => r.value) as [Region, ...Region[]];
export const categoryValues = CATEGORIES.map((c) => c.value) as [Category, ...Category[]];
export const statusValues = STATUSES.map((s) => s.value) as [Status, ...Status[]];

/** The statuses that count as one of Baotou's demonstration points. */
export const POINT_STATUSES: readonly Status[] = ['official-list', 'confirmed-point', 'point-other-source'];

function lookup<T extends Term>(terms: readonly T[], value: string): T {
  const term = terms.find((t) => t.value === value);
  if (!term) throw new Error(`Unknown vocabulary value "${value}"`);
  return term;
}

export const regionTerm = (value: Region) => lookup(REGIONS, value);
export const categoryTerm = (value: Category) => lookup(CATEGORIES, value);
export const statusTerm = (value: Status) => lookup(STATUSES, value);
