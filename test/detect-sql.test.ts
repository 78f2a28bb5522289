/** The portable SQL subset: the shipped rules keep to it, and each kind of engine-specific or unsafe SQL is caught. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintSchemaSource } from '../generators/lint/lint-schema.js';
import { loadSchemaSource } from '../generators/model/source.js';
import { CATALOGUE_PATH, DEFAULT_RULES_DIR } from '../src/detect/detect.js';
import { RULE_TABLES } from '../src/detect/export/canonical-tables.js';
import { checkPortableSql } from '../src/detect/rules/portable-sql.js';
import { bindParameters, loadRules, loadYamlReader } from '../src/detect/rules/rule.js';

await loadYamlReader();

const problems = (sql: string) => checkPortableSql(sql, RULE_TABLES).problems.map((p) => p.message);

describe('portable SQL subset', () => {
  test('every shipped rule keeps to the subset and uses only declared parameters, all of them', () => {
    for (const rule of loadRules(DEFAULT_RULES_DIR(), CATALOGUE_PATH())) {
      const check = checkPortableSql(rule.sql, RULE_TABLES);
      expect(check.problems, rule.id).toEqual([]);
      expect([...check.parameters].sort(), rule.id).toEqual(Object.keys(rule.parameters).sort());
    }
  });

  test('accepts joins, GROUP BY/HAVING, window functions, CASE and CTEs', () => {
    expect(problems(`WITH x AS (SELECT t.fromAccount AS a, COUNT(*) AS n, ROW_NUMBER() OVER (PARTITION BY t.fromAccount ORDER BY t.epochSeconds) AS k
      FROM transactions t JOIN accounts a ON a.accountId = t.fromAccount GROUP BY t.fromAccount, t.epochSeconds HAVING COUNT(*) > :n)
      SELECT a AS subject, CASE WHEN n > 3 THEN 1.0 ELSE 0.5 END AS score, NULL AS transactionId, NULL AS accountId FROM x`)).toEqual([]);
  });

  test.each([
    ['SELECT * FROM transactions QUALIFY ROW_NUMBER() OVER (ORDER BY amount) = 1', /QUALIFY/],
    ['SELECT amount::INTEGER FROM transactions', /"::"/],
    ["SELECT * FROM read_csv('/etc/passwd')", /READ_CSV\(\) is not in the portable subset/],
    ["SELECT * FROM '/etc/passwd'", /never files/],
    ['SELECT list(amount) FROM transactions', /LIST/],
    ['SELECT COUNT(*) FILTER (WHERE amount > 1) FROM transactions', /FILTER/],
    ["SELECT * FROM transactions WHERE epochSeconds > INTERVAL '1' DAY", /INTERVAL/],
    ['SELECT "amount" FROM transactions', /quoted identifiers/],
    ['SELECT * FROM secrets', /secrets: not a canonical table/],
    ['SELECT * FROM transactions t, secrets s', /secrets: not a canonical table/],
    ['SELECT 1; DROP TABLE transactions', /single statement|DROP/],
    ["COPY transactions TO '/tmp/x.csv'", /one SELECT/],
    ['SELECT string_agg(transactionId, \',\') FROM transactions', /STRING_AGG\(\)/],
    ['SELECT * FROM transactions WHERE description ILIKE \'%x%\'', /ILIKE/],
  ])('rejects %s', (sql, expected) => {
    expect(problems(sql).join('\n')).toMatch(expected);
  });

  test('names the line of the problem', () => {
    expect(checkPortableSql('SELECT subject\nFROM transactions\nQUALIFY 1 = 1', RULE_TABLES).problems[0]!.line).toBe(3);
  });

  test('binds parameters as literals, leaving strings and comments alone', () => {
    const [rule] = loadRules(DEFAULT_RULES_DIR(), CATALOGUE_PATH()).filter((r) => r.id === 'FINCEN-HT14-T09');
    const sql = bindParameters(rule!, { threshold: 3000, currency: 'EUR' });
    expect(sql).toContain('t.amount < 3000');
    expect(sql).toContain("t.currency = 'EUR'");
    expect(sql).toContain("IN ('cashDepositBranch', 'cashDepositAtm', 'thirdPartyCashDeposit')");
    expect(sql).not.toMatch(/:[a-z]/);
  });
});

describe('schema lint of the rules', () => {
  const lintCopy = (edit: (rulesDir: string) => void) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'htfds-rule-lint-')), 'schema');
    cpSync('schema', dir, { recursive: true });
    edit(join(dir, 'rules'));
    const findings = lintSchemaSource(loadSchemaSource(dir));
    rmSync(join(dir, '..'), { recursive: true, force: true });
    return findings;
  };

  test('the committed rules pass', () => {
    expect(lintSchemaSource(loadSchemaSource('schema')).filter((f) => f.rule.startsWith('rule-'))).toEqual([]);
  });

  test('catches a rule for no catalogue indicator, engine-specific SQL and parameters out of step with the SQL', () => {
    const findings = lintCopy((rules) => {
      const text = readFileSync(join(rules, 'FINCEN-HT20-F15.yaml'), 'utf8');
      writeFileSync(join(rules, 'XX-NOPE-01.yaml'), text.replace('indicator: FINCEN-HT20-F15', 'indicator: XX-NOPE-01'));
      writeFileSync(join(rules, 'FINCEN-HT20-F15.yaml'), text.replace("t.channel = 'prepaidCardLoad'", 't.channel::VARCHAR = :channel').replace('  minLoads: { type: integer, default: 5, description: Fewest prepaid card loads in one period. }\n', '  minLoads: { type: integer, default: 5, description: Fewest prepaid card loads in one period. }\n  spare: { type: integer, default: 1, description: Not used. }\n'));
      writeFileSync(join(rules, 'FINCEN-HT20-B01.yaml'), text.replace('indicator: FINCEN-HT20-F15', 'indicator: FINCEN-HT20-B01'));
    });
    const byRule = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.file.split('/').pop()}: ${f.message}`);
    expect(byRule('rule-indicator-unknown')).toEqual(['XX-NOPE-01.yaml: XX-NOPE-01 is not an indicator of the catalogue']);
    expect(byRule('rule-sql-not-portable')).toEqual(['FINCEN-HT20-F15.yaml: "::" is engine-specific syntax']);
    expect(byRule('rule-parameter-undeclared')).toEqual(['FINCEN-HT20-F15.yaml: the SQL uses :channel, which is not declared']);
    expect(byRule('rule-parameter-unused')).toEqual(['FINCEN-HT20-F15.yaml: the parameter spare is declared but the SQL does not use it']);
    expect(byRule('rule-indicator-not-evidenceable')).toEqual(['FINCEN-HT20-B01.yaml: indicator FINCEN-HT20-B01 is behavioural only (BH)']);
    const sqlFinding = findings.find((f) => f.rule === 'rule-sql-not-portable')!;
    // The line in the edited file: the committed one's line of the edited SQL, plus the parameter line inserted above it.
    expect(sqlFinding.line).toBe(readFileSync(join('schema', 'rules', 'FINCEN-HT20-F15.yaml'), 'utf8').split('\n').findIndex((l) => l.includes("t.channel = 'prepaidCardLoad'")) + 2);
  });
});
