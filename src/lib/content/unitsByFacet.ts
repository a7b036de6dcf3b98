/**
 * The unit directory cut by one facet: for each term that at least one unit has, those units. The
 * facet pages list them, the facet links count them.
 */
import { type Facet, FACET_TERMS, type Term } from './taxonomy';

/** The units of one facet term, in the order they were given. */
export interface FacetGroup<T> {
  term: Term;
  units: T[];
}

/** Units grouped by the terms of `facet`, in the taxonomy's order; terms no unit has are left out. */
export function unitsByFacet<T extends { data: Record<Facet, string> }>(
  units: readonly T[],
  facet: Facet,
): FacetGroup<T>[] {
  return FACET_TERMS[facet]
    .map((term) => ({ term, units: units.filter((unit) => unit.data[facet] === term.value) }))
    .filter((group) => group.units.length > 0);
}
