/**
 * The indicator catalogue as one filterable page (by typology, category, whom it describes, source and verification
 * level), unverified and deprecated indicators marked with a badge. The
 * catalogue is embedded in the page as data, so that a versioned copy of the page keeps its own catalogue; the
 * filtering is done by a React component of the site (docs/src/components/IndicatorCatalogue).
 */
import type { FieldModel } from '../../model/field-model.js';
import { sourceAnchor } from '../page-context.js';
import { render } from '../render.js';
import { containerPage, INDICATORS_PAGE, linkFrom } from '../site-paths.js';
import { newInBadge, type VersionHistory } from '../version-history.js';
import type { DocsFile } from './docs-file.js';

const codes = (model: FieldModel, list: string) => (model.codelists.get(list)?.codes ?? []).map(({ code, title, description }) => ({ code, title, description }));

/** The data the catalogue component shows and filters. */
export function catalogueData(model: FieldModel, history: VersionHistory) {
  const used = new Set(model.indicators.map((i) => i.source));
  return {
    version: model.version,
    indicators: model.indicators.map((i) => ({ ...i, newIn: newInBadge(history, i.introducedIn) ?? null })),
    categories: codes(model, 'indicatorCategory'),
    typologies: codes(model, 'indicatorTypology'),
    subjects: codes(model, 'indicatorSubject'),
    verificationLevels: codes(model, 'verificationLevel'),
    statuses: codes(model, 'catalogueEntryStatus'),
    sources: model.sources.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, year: s.year, anchor: sourceAnchor(s.id) })),
  };
}

export function indicatorPage(model: FieldModel, history: VersionHistory): DocsFile {
  const data = catalogueData(model, history);
  const observations = model.containers.find((c) => c.path === '/indicators');
  const observationsLink = linkFrom(INDICATORS_PAGE, containerPage(model, observations));
  return { path: INDICATORS_PAGE, content: render('indicator-page', { count: data.indicators.length, data, observationsLink }) };
}
