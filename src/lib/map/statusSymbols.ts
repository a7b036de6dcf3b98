/**
 * The symbol drawn for each unit status, on badges and map markers, so that status is told by
 * shape and words as well as colour.
 */
import type { Status } from '../content/taxonomy';

/** The symbol of each status. */
export const STATUS_SYMBOLS: Record<Status, string> = {
  'official-list': '★',
  'confirmed-point': '●',
  'point-other-source': '◐',
  'regional-demo-unit': '◆',
  'seed-named-project': '○',
  'related-site': '△',
  'seed-named-unit': '□',
  'seed-named-unit-elsewhere': '□',
};
