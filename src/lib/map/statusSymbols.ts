/**
 * The symbol drawn for each unit status, on badges and map markers, so that status is told by
 * shape and words as well as colour.
 *
 * Shared by components (build time) and, through `data-*`, the map script.
 */
import type { Status } from '../content/taxonomy';

export const STATUS_SYMBOLS: Record<Status, string> = {
  'confirmed-point': '●',
  'point-other-source': '◐',
  'regional-demo-unit': '◆',
  'seed-named-project': '○',
  'related-site': '△',
  'seed-named-unit': '□',
  'seed-named-unit-elsewhere': '□',
};
