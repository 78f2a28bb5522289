/**
 * The indicator catalogue and the source registry as data (schema/indicators/indicators.csv, schema/sources.csv):
 * their row types and how a row reads, shared by the build's field model and the runtime (the STIX export), so
 * that neither imports the other.
 */
export interface IndicatorDefinition {
  id: string;
  title: string;
  paraphrase: string;
  category: string[];
  typologies: string[];
  /** Whose behaviour or account the sign describes (indicatorSubject codes). */
  subject: string[];
  source: string;
  locator: string;
  verification: string;
  verificationNote: string;
  status: string;
  /** For a deprecated or withdrawn indicator, the one to use instead. */
  replacedBy?: string;
  introducedIn: string;
}

export interface SourceReference {
  id: string;
  title: string;
  publisher: string;
  year: string;
  locator: string;
}

/** One catalogue row, in the column order of indicators.csv. */
export const indicatorFromRow = (r: readonly string[]): IndicatorDefinition => ({
  id: r[0]!, title: r[1]!, paraphrase: r[2]!, category: r[3]!.split(';'), typologies: r[4]!.split(';'), subject: r[5]!.split(';'), source: r[6]!,
  locator: r[7]!, verification: r[8]!, verificationNote: r[9]!, status: r[10]!, ...(r[11] ? { replacedBy: r[11] } : {}), introducedIn: r[12]!,
});

/** Indicators a form or workbook offers to choose from: withdrawn ones stay valid but are not offered. */
export const isOffered = (indicator: Pick<IndicatorDefinition, 'status'>) => indicator.status !== 'withdrawn';

/** How an indicator is labelled wherever it is offered: unverified and deprecated ones say so in their title. */
export function offeredTitle(indicator: Pick<IndicatorDefinition, 'title' | 'verification' | 'status' | 'replacedBy'>): string {
  if (indicator.status === 'deprecated') return `${indicator.title} (deprecated: use ${indicator.replacedBy ?? 'its replacement'})`;
  if (indicator.verification === 'unverified') return `${indicator.title} (unverified)`;
  return indicator.title;
}

/** One source row, in the column order of sources.csv. */
export const sourceFromRow = (r: readonly string[]): SourceReference => ({ id: r[0]!, title: r[1]!, publisher: r[2]!, year: r[3]!, locator: r[4]! });
