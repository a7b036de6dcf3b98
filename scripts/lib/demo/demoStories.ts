/**
 * Fictional demo stories: each about one to three demo units, dated between 2020 and 2026, with a
 * body of about 1,600 characters in four sections, long and varied enough for a realistic search
 * index. Story `n` depends only on the seed and `n`, so a smaller data set is a prefix of a larger
 * one.
 */
import {
  DEMO_MONGOLIAN_SOURCE,
  DEMO_MONGOLIAN_STORY,
  DEMO_MONGOLIAN_WORD,
  DEMO_REGION,
  type DemoFile,
  mdxFile,
  mongolianDigits,
  pad,
} from './demoFile';
import type { DemoUnit } from './demoUnits';
import { createRng, hashSeed } from './random';
import {
  ACTIVITIES,
  FIGURE_LABELS,
  GROUPS,
  RESULTS,
  ROLE_HEADINGS,
  SENTENCES,
  type StoryWords,
  TAG_POOL,
  TITLE_ACTIONS,
} from './storyWords';

/** Every this many stories (1, 11, 21, …) gets a demo headline in Mongolian script. */
export const MONGOLIAN_NAME_EVERY = 10;

const FIRST_STORY_DAY = Date.UTC(2020, 0, 1);
const LAST_STORY_DAY = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Where each section ends, as a cumulative share of the body: the methods section is the longest. */
const SECTION_SHARES = [0.27, 0.62, 0.87, 1];

function storyBody(w: StoryWords): string {
  const { rng } = w;
  const target = rng.int(1550, 1800);
  const blocks = ['本文是虚构的示例故事，用于演示和测试本网站的列表、页面和全文检索，文中的单位、人物和数字都不存在。'];
  let length = (blocks[0] as string).length;
  SENTENCES.forEach((templates, role) => {
    blocks.push(`## ${rng.pick(ROLE_HEADINGS[role] as readonly string[])}`);
    // Cumulative targets keep the overshoot to one paragraph. Each template is used at most once
    // per story, so that a story does not repeat itself; a section ends early when they run out.
    const sectionEnd = target * (SECTION_SHARES[role] as number);
    const deck = rng.shuffle(templates);
    while (length < sectionEnd && deck.length > 0) {
      const paragraph = deck
        .splice(0, rng.int(3, 5))
        .map((sentence) => sentence(w))
        .join('');
      blocks.push(paragraph);
      length += paragraph.length;
    }
  });
  return blocks.join('\n\n');
}

/** Story `n` of the data set with this seed, about one to three of the demo units. */
export function storyFile(seed: number, n: number, units: DemoUnit[]): DemoFile {
  const rng = createRng(hashSeed(seed, 0x5701, n));
  const id = `demo-story-${pad(n, 5)}`;
  const date = isoDay(FIRST_STORY_DAY + rng.int(0, (LAST_STORY_DAY - FIRST_STORY_DAY) / DAY_MS) * DAY_MS);
  const speaker = rng.pick(units);
  const others = rng.sample(
    units.filter((u) => u !== speaker),
    rng.int(0, 2),
  );
  const about = [speaker, ...others];
  const action = rng.pick(TITLE_ACTIONS);
  const words: StoryWords = {
    rng,
    speaker: speaker.name,
    units: about.map((u) => u.name),
    activity: rng.pick(ACTIVITIES),
    group: rng.pick(GROUPS),
    year: Number(date.slice(0, 4)) - rng.int(1, 3),
    storyYear: Number(date.slice(0, 4)),
  };
  const tags = ['示例', ...rng.sample(TAG_POOL, rng.int(1, 3))];
  const keyFigures = rng.sample(FIGURE_LABELS, rng.int(2, 5)).map((figure) => {
    // Strings keep a source's own form, as in real stories (e.g. "1.2万" 人次).
    const value: number | string =
      figure.unit === '人次' && rng.chance(0.5) ? `${rng.int(11, 99) / 10}万` : rng.int(3, 900);
    return { ...figure, value, ...(rng.chance(0.3) ? { note: rng.pick(['余', '以上', '（虚构）']) } : {}) };
  });
  const data = {
    id,
    title: `示例故事 ${pad(n, 5)}：${speaker.shortName}${action}`,
    // Drawn from nothing random, so that every other field of every story stays as it was.
    ...(n % MONGOLIAN_NAME_EVERY === 1
      ? {
          mongolianName: {
            text: `${DEMO_MONGOLIAN_WORD} ${DEMO_MONGOLIAN_STORY} ${mongolianDigits(n)}`,
            source: DEMO_MONGOLIAN_SOURCE,
          },
        }
      : {}),
    summary: `虚构的示例故事：${speaker.name}以${words.activity}为抓手，${rng.pick(RESULTS)}。本文仅用于演示和测试。`,
    date,
    speaker: speaker.name,
    speakerUnit: speaker.id,
    region: DEMO_REGION,
    units: about.map((u) => u.id),
    tags,
    keyFigures,
    source: { publication: '示例日报（虚构）', date, page: '第01版' },
    licence: '示例数据，无版权内容',
  };
  return { path: `stories/${id}.mdx`, text: mdxFile(data, storyBody(words)) };
}
