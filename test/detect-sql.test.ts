/** The portable SQL subset: the shipped rules keep to it, and each kind of engine-specific or unsafe SQL is caught. */
import { describe, expect, test } from 'vitest';
import { CATALOGUE_PATH, DEFAULT_RULES_DIR } from '../src/detect/detect.js';
import { RULE_TABLES } from '../src/detect/export/canonical-tables.js';
import { checkPortableSql } from '../src/detect/rules/portable-sql.js';
import { bindParameters, loadRules } from '../src/detect/rules/rule.js';

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
