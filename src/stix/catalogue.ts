/** The indicator catalogue and source registry as shipped with the package (schema/), read at run time for the STIX export. */
import { readFileSync } from 'node:fs';
import runtimeModel from '../generated/runtime-model.js';
import { readCsvTable } from '../io/csv.js';
import { indicatorFromRow, sourceFromRow, type IndicatorDefinition, type SourceReference } from '../types/indicator-catalogue.js';

export function readCatalogue(schemaDir: string): { version: string; indicators: IndicatorDefinition[]; sources: SourceReference[] } {
  const rows = (file: string) => readCsvTable(readFileSync(`${schemaDir}/${file}`, 'utf8')).rows;
  return { version: runtimeModel.version, indicators: rows('indicators/indicators.csv').map(indicatorFromRow), sources: rows('sources.csv').map(sourceFromRow) };
}
