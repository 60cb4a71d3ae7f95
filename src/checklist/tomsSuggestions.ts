/**
 * TOMs worth suggesting for a council: the measures the catalogue relates to the council's own priority
 * cohorts and themes (policy pack topic "priorities"), so the suggestions come from the council's data.
 */
import type { PolicyPack } from '../policy/schema.js';
import type { TomsLookup, TomsMeasure } from '../policy/tomsCatalogue.js';

export interface TomSuggestion {
  measure: TomsMeasure;
  /** the council priority it was drawn from */
  priority: string;
}

export function suggestToms(pack: PolicyPack, toms: TomsLookup, max = 10, perPriority = 2): TomSuggestion[] {
  const out: TomSuggestion[] = [];
  const priorities = (pack.topics.priorities?.parts ?? []).flatMap((p) => p.items ?? []);
  for (const priority of priorities) {
    // Covid-19 measures were a response to the pandemic, not to a standing priority.
    const found = toms.findBySubject(priority, { fallback: false }).filter((m) => !m.covid19 && m.measure !== null);
    let taken = 0;
    for (const measure of found) {
      if (taken >= perPriority || out.length >= max) break;
      if (out.some((s) => s.measure.ref === measure.ref)) continue;
      out.push({ measure, priority });
      taken += 1;
    }
    if (out.length >= max) break;
  }
  return out;
}
