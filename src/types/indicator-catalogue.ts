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
  source: string;
  locator: string;
  verification: string;
  verificationNote: string;
  status: string;
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
  id: r[0]!, title: r[1]!, paraphrase: r[2]!, category: r[3]!.split(';'), typologies: r[4]!.split(';'), source: r[5]!,
  locator: r[6]!, verification: r[7]!, verificationNote: r[8]!, status: r[9]!, introducedIn: r[10]!,
});

/** One source row, in the column order of sources.csv. */
export const sourceFromRow = (r: readonly string[]): SourceReference => ({ id: r[0]!, title: r[1]!, publisher: r[2]!, year: r[3]!, locator: r[4]! });
