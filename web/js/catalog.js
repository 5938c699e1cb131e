// What a search can be asked by, as the server lists it (GET /api/facets): the facet dimensions, in the
// sidebar's order, and the query's field prefixes (signer:, number:...). Read once, before the first
// render; a dimension or field the server registers appears in the filters and the advanced search
// without a change here.

import { facets as fetchFacets } from './api.js';
import { FACET_LABELS } from './labels.js';
import { MULTI } from './state.js';

/** The server's answer: { facets: [...], queryFields: [...], relations: [...], dateRange }. */
export const CATALOG = { facets: [], queryFields: [], relations: [] };

export async function loadCatalog() {
  const answer = await fetchFacets();
  CATALOG.facets = answer.facets || [];
  CATALOG.queryFields = answer.queryFields || [];
  CATALOG.relations = answer.relations || [];
  MULTI.length = 0;
  for (const f of CATALOG.facets) {
    FACET_LABELS[f.name] = f.label;
    if (!f.within) MULTI.push(f.name);
  }
  for (const f of CATALOG.queryFields) if (!(f.name in FACET_LABELS)) FACET_LABELS[f.name] = f.label;
}

/** The dimension's entry, or null. */
export function facetInfo(name) {
  return CATALOG.facets.find((f) => f.name === name) || null;
}
