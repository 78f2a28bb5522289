/** Traffic Light Protocol 2.0 markings and onward-sharing rules, ordered from least to most restrictive. */
export const TLP_ORDER = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export const ONWARD_ORDER = ['perTLP', 'withOriginatorApproval', 'withinOrganisation', 'prohibited'] as const;

const rank = (order: readonly string[], value: string) => {
  const i = order.indexOf(value);
  if (i === -1) throw new Error(`unknown marking ${value}`);
  return i;
};

/** The more restrictive of two TLP markings. */
export const stricterTlp = (a: string, b: string) => (rank(TLP_ORDER, a) >= rank(TLP_ORDER, b) ? a : b);
/** True when `a` restricts sharing at least as much as `b`. */
export const atLeastAsStrict = (a: string, b: string) => rank(TLP_ORDER, a) >= rank(TLP_ORDER, b);
/** The more restrictive of two onward-sharing rules. */
export const stricterOnward = (a: string, b: string) => (rank(ONWARD_ORDER, a) >= rank(ONWARD_ORDER, b) ? a : b);
