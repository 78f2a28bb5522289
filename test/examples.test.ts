/** Every example is a valid, synthetic case report, with the same verdict from two independent validators. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { makeAjvValidator, makeHyperjumpValidator } from './helpers/schema-validators.js';
import { validateCaseReport } from '../src/validate/validate-case-report.js';

const EXAMPLES_DIR = 'examples';
const exampleFiles = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort();
const load = (file: string) => JSON.parse(readFileSync(`${EXAMPLES_DIR}/${file}`, 'utf8')) as Record<string, unknown>;

/** The typologies the examples must cover, one example each (issue: canonical schema v0.1). */
const REQUIRED_TYPOLOGIES = [
  'forcedProstitution', 'fishing', 'domesticServitude', 'construction', 'agriculturePlantation',
  'manufacturingTextileApparel', 'scamLabourCamp', 'moneyMuleOperation', 'childSexualExploitation',
];

describe('examples', () => {
  const ajv = makeAjvValidator();
  const hyperjumpReady = makeHyperjumpValidator();

  test.each(exampleFiles)('%s is valid under Ajv', (file) => {
    const verdict = ajv(load(file));
    expect(verdict.errors.map((e) => `${e.instancePath} ${e.keyword}: ${e.message}`)).toEqual([]);
    expect(verdict.valid).toBe(true);
  });

  test.each(exampleFiles)('%s is valid under Hyperjump', async (file) => {
    const hyperjump = await hyperjumpReady;
    expect(hyperjump(load(file))).toBe(true);
  });

  test.each(exampleFiles)('%s says it is synthetic', (file) => {
    expect(String(load(file).dataQualityNote)).toMatch(/^Synthetic example, not a real case/);
  });

  test.each(exampleFiles)('%s leans on no unverified, deprecated or withdrawn indicator', (file) => {
    const indicatorFindings = validateCaseReport(load(file)).filter((f) => f.code.startsWith('indicator-'));
    expect(indicatorFindings.map((f) => `${f.code}@${f.path}`)).toEqual([]);
  });

  test('there are at least 10 typology examples plus the minimal record', () => {
    expect(exampleFiles).toContain('minimal.json');
    expect(exampleFiles.length).toBeGreaterThanOrEqual(11);
  });

  test('every required typology has an example, and one example starts from a financial institution', () => {
    const typologies = exampleFiles.flatMap((f) => {
      const t = load(f).typologies;
      return Array.isArray(t) ? t : [];
    });
    for (const typology of REQUIRED_TYPOLOGIES) expect(typologies, typology).toContain(typology);
    const fromBanks = exampleFiles.filter((f) => ['FinancialInstitution', 'FinancialIntelligenceUnit'].includes(String(load(f).reportingOrgType)));
    expect(fromBanks.length).toBeGreaterThanOrEqual(1);
  });

  test.each(exampleFiles.filter((f) => f !== 'minimal.json'))('%s has persons, accounts, transactions and indicator observations', (file) => {
    const report = load(file);
    for (const list of ['persons', 'accounts', 'transactions', 'indicators']) {
      expect(Array.isArray(report[list]) && (report[list] as unknown[]).length > 0, list).toBe(true);
    }
  });
});
