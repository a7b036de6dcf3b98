/**
 * The columns of the import sheet (示范点导入表): each Chinese header, what it means, and which
 * field of the unit or route schema it fills. One list, used by the importer, by the script that
 * writes the template sheets in `templates/`, and by the editors' guide.
 */

/** Text that marks the template's example row; a row whose name contains it is never imported. */
export const EXAMPLE_MARK = '导入前请删除本行';

/** Stable keys of the sheet's columns. */
export type ColumnKey =
  | 'id'
  | 'name'
  | 'shortName'
  | 'aliases'
  | 'region'
  | 'district'
  | 'category'
  | 'status'
  | 'address'
  | 'lng'
  | 'lat'
  | 'crs'
  | 'precision'
  | 'locationNote'
  | 'opening'
  | 'booking'
  | 'route'
  | 'routeOrder'
  | 'minutes'
  | 'source'
  | 'sourceUrl'
  | 'sourceDate';

/** One column of the import sheet. */
export interface Column {
  key: ColumnKey;
  /** The header as it appears in the template. */
  header: string;
  /** Other spellings accepted for the header (compared after {@link normaliseHeader}). */
  aliases: readonly string[];
  /** What to write in the column, for the guide and the template's note row. */
  help: string;
  /** The value of the template's example row. */
  example: string | number;
}

/** Every column, in template order. */
export const COLUMNS: readonly Column[] = [
  {
    key: 'id',
    header: '编号',
    aliases: ['id', 'ID'],
    help: '可留空。网页地址用的英文编号（小写字母、数字、连字符）；留空时由名称的拼音生成，已有条目按名称找到原文件。',
    example: '',
  },
  {
    key: 'name',
    header: '名称',
    aliases: ['单位名称', '示范点名称'],
    help: '必填。来源中的全称；同一张表里不能重复。',
    example: `示例单位（${EXAMPLE_MARK}）`,
  },
  { key: 'shortName', header: '简称', aliases: [], help: '可留空。常用的简短叫法。', example: '示例单位' },
  {
    key: 'aliases',
    header: '别名',
    aliases: ['曾用名'],
    help: '可留空。曾用名或来源中的其他写法，多个用“；”隔开。',
    example: '',
  },
  {
    key: 'region',
    header: '盟市',
    aliases: ['所在盟市'],
    help: '新建时必填。盟市全称，如 包头市；全区性单位填 内蒙古自治区。',
    example: '包头市',
  },
  {
    key: 'district',
    header: '旗县区',
    aliases: ['旗县（市、区）', '区县'],
    help: '可留空。来源写明的旗县区。',
    example: '青山区',
  },
  {
    key: 'category',
    header: '类别',
    aliases: ['单位类别'],
    help: '可留空（新建时记为“待核实”）。机关、企业、学校、社区、嘎查村、宗教活动场所、连队、景区/公园、展馆、教育基地、服务阵地、媒体、园区 之一。',
    example: '社区',
  },
  {
    key: 'status',
    header: '状态',
    aliases: ['身份'],
    help: '新建时必填。来源能证明的身份，如 示范点（其他来源）；宁低勿高，可选值见内容编辑指南。',
    example: '示范点（其他来源）',
  },
  { key: 'address', header: '地址', aliases: ['详细地址'], help: '可留空。来源给出的地址。', example: '示例路 1 号' },
  {
    key: 'lng',
    header: '经度',
    aliases: ['lng', 'lon', '东经'],
    help: '可留空（位置未知时经度、纬度都留空）。十进制度，如 109.88。',
    example: 109.88,
  },
  {
    key: 'lat',
    header: '纬度',
    aliases: ['lat', '北纬'],
    help: '可留空。十进制度，如 40.655。',
    example: 40.655,
  },
  {
    key: 'crs',
    header: '坐标系',
    aliases: ['坐标类型'],
    help: '有坐标时填写：WGS84（GPS、天地图）、GCJ-02（高德、腾讯）或 BD-09（百度）；留空时用命令的 --crs（默认 WGS84）。',
    example: 'GCJ-02',
  },
  {
    key: 'precision',
    header: '精度（米）',
    aliases: ['精度', '精度(米)', '精度/米'],
    help: '有坐标时必填。实际位置距坐标最远多少米：地图上点准大门填 50，只知道街区填 2000。',
    example: 50,
  },
  {
    key: 'locationNote',
    header: '位置说明',
    aliases: ['坐标说明'],
    help: '可留空。坐标代表什么、怎么取得，如 高德地图取点，大门。',
    example: '高德地图取点，大门',
  },
  {
    key: 'opening',
    header: '开放时间',
    aliases: [],
    help: '可留空。按单位公布的写。',
    example: '周一至周五 9:00–17:00',
  },
  {
    key: 'booking',
    header: '预约电话',
    aliases: ['预约方式', '联系电话'],
    help: '可留空。参观预约的部门和电话，照单位公布的写。',
    example: '示例办公室 0472-0000000',
  },
  {
    key: 'route',
    header: '线路',
    aliases: ['所属线路', '线路名称'],
    help: '可留空。所属精品线路的名称；一个点在几条线路上时用“；”隔开，线路顺序一一对应。',
    example: `示例线路（${EXAMPLE_MARK}）`,
  },
  {
    key: 'routeOrder',
    header: '线路顺序',
    aliases: ['顺序', '站序'],
    help: '有线路时必填。这一点在线路上是第几站：1、2、3……，不能跳号、不能重复。',
    example: 1,
  },
  {
    key: 'minutes',
    header: '停留分钟',
    aliases: ['停留时间', '停留时长', '参观时长'],
    help: '有线路时必填。在这一站停留的分钟数。',
    example: 40,
  },
  {
    key: 'source',
    header: '来源',
    aliases: ['资料来源', '出处'],
    help: '必填。来源的名称，如 包头市民委《关于命名……的通知》（2022年）。',
    example: `示例来源（${EXAMPLE_MARK}）`,
  },
  {
    key: 'sourceUrl',
    header: '来源链接',
    aliases: ['来源网址', '链接'],
    help: '可留空（纸质来源）。以 http:// 或 https:// 开头的网址。',
    example: 'https://example.org/',
  },
  {
    key: 'sourceDate',
    header: '来源日期',
    aliases: ['发布日期'],
    help: '可留空。来源的发布日期，YYYY-MM-DD。',
    example: '2022-09-01',
  },
];

/**
 * A header as compared: no spaces, half-width brackets and slashes, lower-case ASCII. Chinese
 * Excel files mix full- and half-width brackets freely.
 */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').toLowerCase();
}

const byHeader = new Map<string, ColumnKey>(
  COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normaliseHeader(h), c.key] as const)),
);

/** The column a header names, if any. */
export function columnOf(header: string): ColumnKey | undefined {
  return byHeader.get(normaliseHeader(header));
}

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const row = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= y.length; j += 1) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (x[i - 1] === y[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[y.length] as number;
}

/** The known header closest to an unknown one, when it is close enough to be a likely typo. */
export function guessHeader(header: string): string | undefined {
  const h = normaliseHeader(header);
  if (!h) return undefined;
  let best: { header: string; d: number } | undefined;
  for (const column of COLUMNS) {
    for (const candidate of [column.header, ...column.aliases]) {
      const c = normaliseHeader(candidate);
      const d = c.includes(h) || h.includes(c) ? Math.abs(c.length - h.length) : distance(h, c);
      if (!best || d < best.d) best = { header: column.header, d };
    }
  }
  const limit = Math.max(1, Math.floor([...h].length / 2));
  return best && best.d <= limit ? best.header : undefined;
}
