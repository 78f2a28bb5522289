/**
 * Normalisation of identifiers before keyed hashing, so that two organisations holding the same phone number,
 * e-mail address or account number written differently compute the same hash.
 */

/**
 * The scheme an identifier is normalised by: the `type` written beside it (a person identifier, identifierType)
 * or its `scheme` (an account identifier, accountIdentifierScheme); undefined where there is neither.
 */
export function schemeBeside(item: Record<string, unknown>): string | undefined {
  return typeof item.type === 'string' ? item.type : typeof item.scheme === 'string' ? item.scheme : undefined;
}

/** The normalised form of an identifier of a given type (person identifierType or account identifier scheme). */
export function normaliseIdentifier(type: string | undefined, value: string): string {
  const trimmed = value.normalize('NFKC').trim();
  switch (type) {
    case 'phoneE164':
    case 'mobileMoneyNumber': {
      // E.164: a plus and digits only; an international 00 prefix becomes +.
      const digits = trimmed.replace(/[^\d+]/g, '');
      return digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
    }
    case 'email':
      return trimmed.toLowerCase();
    case 'socialMediaHandle':
    case 'messagingHandle':
      return trimmed.replace(/^@/, '').toLowerCase();
    case 'appHandle':
      // A cashtag or app user name is found whatever its case, with or without its leading $ or @.
      return trimmed.replace(/^[@$]/, '').toLowerCase();
    case 'upiVpa':
      return trimmed.toLowerCase();
    case 'pixKey':
      // A tax number keeps its digits only; a phone keeps + and digits; an e-mail or random key is compared in lower case.
      if (/^[\d.\-/\s]+$/.test(trimmed)) return trimmed.replace(/\D/g, '');
      if (/^\+[\d\s()-]+$/.test(trimmed)) return trimmed.replace(/[^\d+]/g, '');
      return trimmed.toLowerCase();
    case 'bic':
    case 'abaRoutingNumber':
    case 'iban':
    case 'accountNumber':
    case 'pan':
    case 'passportNumber':
    case 'nationalId':
      return trimmed.replace(/[\s-]/g, '').toUpperCase();
    case 'postalAddress':
      // Case, spacing and commas vary between systems; the words and numbers do not.
      return trimmed.toLowerCase().replace(/[\s,]+/g, ' ');
    default:
      return trimmed;
  }
}
