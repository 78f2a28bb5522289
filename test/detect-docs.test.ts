/** The "Detection rules" docs page, generated from the rules and a real measurement on hand-made synthetic fixtures. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RULES_PAGE, rulesPage, type RuleMeasurement } from '../generators/docs/pages/rules-page.js';
import { detect, selectRules } from '../src/detect/detect.js';
import { evaluate, readTruth } from '../src/detect/evaluate.js';
import { dataset, planters, writeDataset } from './helpers/detect-data.js';

const dir = mkdtempSync(join(tmpdir(), 'htfds-detect-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let measurement: RuleMeasurement;
beforeAll(async () => {
  const data = dataset(41, { customers: 100, months: 4, plant: Object.keys(planters) as (keyof typeof planters)[] });
  const run = await detect({ inputs: [writeDataset(dir, data, 'csv', ['transactions', 'accounts', 'customers', 'truth'])], memoryLimit: '512MB' });
  measurement = { evaluation: evaluate(run.outcomes, await readTruth(run.connection)), dataset: 'hand-made test fixtures', transactions: run.loaded.rows.transactions! };
  run.close();
}, 60_000);

describe('the Detection rules page', () => {
  test('lists every rule under its indicator, with its SQL, parameters and figures', () => {
    const rules = selectRules({});
    const page = rulesPage(rules, measurement);
    expect(page.path).toBe(RULES_PAGE);
    expect(page.content).toMatch(/^---\ntitle: Detection rules\nsidebar_position: 4\.5\n/);
    for (const rule of rules) {
      expect(page.content).toContain(`### ${rule.id}: `);
      expect(page.content).toContain(`\`\`\`sql title="schema/rules/${rule.id}.yaml"`);
      for (const name of Object.keys(rule.parameters)) expect(page.content).toContain(`| \`${name}\` |`);
    }
    // Figures from the measurement, per typology and per rule.
    expect(page.content).toMatch(/\| `funnelAccount` \| 1 \| 100\.0% \(1 of 1\) \|/);
    expect(page.content).toMatch(/\| \[FINCEN-HS14-S07\]\(#fincen-hs14-s07\) \| Funnel account with out-of-area cash deposits \| secondary \| 100\.0% \(1 of 1\) \| 100\.0% \(1 of 1\) \|/);
  });

  test('marks the rules on unverified indicators', () => {
    const rules = selectRules({});
    const page = rulesPage(rules, measurement).content;
    const unverified = rules.filter((r) => r.indicator?.verification === 'unverified');
    expect(unverified.length).toBeGreaterThan(0);
    for (const rule of unverified) expect(page.split(`### ${rule.id}: `)[1]!.split('### ')[0]).toContain(':::caution[Unverified indicator]');
    expect(page).toContain(`${unverified.length} rules rest on\n**unverified** indicators`);
  });

  test('without a measurement it says the figures come from the site build', () => {
    expect(rulesPage(selectRules({})).content).toContain('generated without measuring them');
  });
});

describe('MDX text', () => {
  test('a paragraph that starts with "export" or "import" is not read as an ES module statement (a command description did)', async () => {
    const { mdxText } = await import('../generators/docs/mdx.js');
    expect(mdxText('export the indicator catalogue')).toBe('&#101;xport the indicator catalogue');
    expect(mdxText('import a workbook')).toBe('&#105;mport a workbook');
    expect(mdxText('exported data and an import')).toBe('exported data and an import');
  });
});
