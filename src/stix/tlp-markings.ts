/**
 * TLP 2.0 as STIX 2.1 marking definitions. STIX 2.1 predefines only TLP 1.0, so the TLP 2.0 objects travel in
 * every bundle that uses them; ids, date and extension are those published for TLP 2.0 (see
 * ../shared/design/exchange-hub.md).
 */
import { TLP_ORDER } from '../share/tlp.js';

export type TlpMarking = (typeof TLP_ORDER)[number];

const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

const IDS: Record<TlpMarking, string> = {
  'TLP:CLEAR': 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'TLP:GREEN': 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'TLP:AMBER': 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'TLP:AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'TLP:RED': 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export const tlpMarkingId = (tlp: TlpMarking): string => IDS[tlp];

export const isTlp = (value: string): value is TlpMarking => (TLP_ORDER as readonly string[]).includes(value);

/** The marking-definition object of a TLP 2.0 level. */
export function tlpMarkingDefinition(tlp: TlpMarking): Record<string, unknown> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: tlp,
    extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: tlp.slice('TLP:'.length).toLowerCase() } },
  };
}
