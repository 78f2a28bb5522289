/**
 * What changed in ISO 3166-1 and ISO 4217 after the data our upstream sources ship, and the few codes we
 * add on purpose. Used by the update script and by the test that checks the code lists are complete.
 */

/** The ISO 3166-1 table we check against: the iso-3166-1 npm package (a development dependency). */
export const ISO_3166_PACKAGE = 'iso-3166-1';

/** Codes that are not ISO 3166-1 but that financial reporting uses widely. */
export const isoCountryExtras = [
  {
    code: 'XK',
    title: 'Kosovo',
    description: 'User-assigned code widely used for Kosovo by banks, SWIFT and the EU; not part of ISO 3166-1.',
  },
];

/** Changes to ISO 4217 list one after the currency-codes package's data date (2024-06-25). */
export const isoCurrencyDelta = {
  added: [
    {
      code: 'XCG',
      title: 'Caribbean Guilder',
      description: 'ISO 4217 code for the Caribbean guilder of Curaçao and Sint Maarten, in circulation since 31 March 2025.',
    },
  ],
  /** Withdrawn codes stay valid (deprecated) so that payments made before the change can still be recorded. */
  withdrawn: [
    { code: 'ANG', title: 'Netherlands Antillean Guilder', note: 'Replaced by XCG in 2025; use ANG only for payments made before the change.' },
    { code: 'BGN', title: 'Bulgarian Lev', note: 'Bulgaria adopted the euro on 1 January 2026; use EUR for later payments.' },
    { code: 'HRK', title: 'Croatian Kuna', note: 'Croatia adopted the euro on 1 January 2023; use EUR for later payments.' },
    { code: 'SLL', title: 'Sierra Leonean Leone (old)', note: 'Replaced by SLE (redenominated leone); use SLE for later payments.' },
    { code: 'ZWL', title: 'Zimbabwe Dollar', note: 'Replaced by ZWG (Zimbabwe Gold) in 2024; use ZWG for later payments.' },
  ],
};
