/**
 * Regenerates the country and currency code lists from real ISO data:
 * ISO 3166-1 from the iso-3166-1 npm package, ISO 4217 list one from the currency-codes npm package,
 * plus the changes ISO published after that package's data date (declared below, with dates).
 * Run by maintainers when ISO publishes a change: `npx tsx scripts/update-iso-codelists.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatCsv } from '../src/io/csv.js';
import { isoCurrencyDelta, isoCountryExtras, ISO_3166_PACKAGE } from '../generators/model/iso-delta.js';

const require = createRequire(import.meta.url);
const HEADER = ['code', 'title', 'description', 'source', 'htcds', 'deprecated', 'deprecationNote'];

interface IsoCountry { alpha2: string; country: string }
const countries = (require(ISO_3166_PACKAGE) as { all(): IsoCountry[] }).all();
const countryRows = countries
  .map((c) => [c.alpha2, c.country, `ISO 3166-1 alpha-2 code for ${c.country}.`, 'ISO3166', '', '', ''])
  .concat(isoCountryExtras.map((c) => [c.code, c.title, c.description, 'HTFDS', '', '', '']))
  .sort((a, b) => a[0]!.localeCompare(b[0]!));

/** ISO writes country names in capitals; forms read better in title case. */
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s(-])([a-zà-ÿ])/g, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/ (Of|And|The)\b/g, (w) => w.toLowerCase());

interface IsoCurrency { code: string; currency: string; countries: string[] }
const listOne = require('currency-codes/data') as IsoCurrency[];
const currencyRows = listOne
  .filter((c) => !isoCurrencyDelta.added.some((a) => a.code === c.code))
  .map((c) => {
    const withdrawn = isoCurrencyDelta.withdrawn.find((w) => w.code === c.code);
    const where = c.countries.length > 0 ? ` Used in: ${c.countries.slice(0, 6).map(titleCase).join(', ')}${c.countries.length > 6 ? ' and others' : ''}.` : '';
    return [c.code, c.currency, `ISO 4217 code for ${c.currency}.${where}`, 'ISO4217', '', withdrawn ? '0.1.0' : '', withdrawn?.note ?? ''];
  })
  .concat(isoCurrencyDelta.added.map((a) => [a.code, a.title, a.description, 'ISO4217', '', '', '']))
  .concat(
    isoCurrencyDelta.withdrawn
      .filter((w) => !listOne.some((c) => c.code === w.code))
      .map((w) => [w.code, w.title, `Former ISO 4217 code for ${w.title}.`, 'ISO4217', '', '0.1.0', w.note]),
  )
  .sort((a, b) => a[0]!.localeCompare(b[0]!));

const trimmed = (rows: string[][]) => rows.map((row) => row.map((cell) => cell.trim()));
writeFileSync('schema/codelists/country.csv', formatCsv([HEADER, ...trimmed(countryRows)]));
writeFileSync('schema/codelists/currency.csv', formatCsv([HEADER, ...trimmed(currencyRows)]));

const commonPath = 'schema/common.schema.json';
const common = JSON.parse(readFileSync(commonPath, 'utf8'));
common.$defs.CountryCode.enum = countryRows.map((r) => r[0]);
common.$defs.CurrencyCode.enum = currencyRows.map((r) => r[0]);
writeFileSync(commonPath, JSON.stringify(common, null, 2) + '\n');
console.log(`country: ${countryRows.length} codes; currency: ${currencyRows.length} codes`);
