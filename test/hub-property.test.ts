/**
 * A property of the hub's decisions, for generated (synthetic) reports and generated member configurations:
 * whatever the hub admits and passes on, every record a recipient gets is valid against that recipient's
 * generated profile schema, carries only purposes the member may use, and never carries a direct identifier.
 * (The network around these decisions is tested in hub-pipeline, hub-security and hub-faults.)
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import runtimeModel from '../src/generated/runtime-model.js';
import { admitSubmission, prepareSubmission, receivesLeads, shapeFor } from '../src/hub/checks.js';
import { mostPermissiveProfile, parseHubConfig, recipientsOf } from '../src/hub/config.js';
import { pseudonymiseForGroup } from '../src/hub/member.js';
import { getProfile, SharingRefusal } from '../src/share/anonymise.js';
import { checkAgainstProfileSchema } from '../src/share/profile-schema-check.js';
import { isMissingValue, valuesAt } from '../src/validate/paths.js';
import { arbitraryReport } from './helpers/arbitrary-report.js';
import { GROUP_KEY, GROUP_KEY_ID } from './helpers/hub-fixture.js';
import { forms, plantedReport } from './helpers/plant-secrets.js';

const consentScopes = Object.keys(runtimeModel.codelists.consentScope!.codes);

const arbitraryRecipient = (n: number) =>
  fc.constantFrom('tactical', 'aggregate').chain((profile) =>
    fc.record({
      id: fc.constant(`recipient-${n}`),
      password: fc.constant('synthetic-password'),
      roles: fc.constant(['recipient']),
      profile: fc.constant(profile),
      purposes: fc.option(fc.subarray(getProfile(profile).allowedPurposes, { minLength: 1 }), { nil: undefined }),
      consentScope: fc.option(fc.constantFrom(...consentScopes), { nil: undefined }),
    }),
  );

const arbitraryConfig = fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).chain((slots) =>
  fc.tuple(...slots.map((_, i) => arbitraryRecipient(i))).map((recipients) =>
    parseHubConfig({
      configVersion: 1,
      group: { name: 'generated group (synthetic)', keyId: GROUP_KEY_ID },
      nats: { servers: ['nats://127.0.0.1:4222'] },
      hub: { user: 'hub', password: 'synthetic-password' },
      members: [{ id: 'submitter', password: 'synthetic-password', roles: ['submitter'] }, ...recipients.map((r) => JSON.parse(JSON.stringify(r)))],
    }),
  ),
);

const DIRECT = runtimeModel.fields.filter((f) => f.sensitivity === 'P4' && f.kind !== 'hmac');

describe('hub decisions over generated reports and groups', () => {
  test('every delivered record validates against its recipient\'s profile schema and keeps to its purposes; a lead reaches only the member it is addressed to', () => {
    let delivered = 0;
    let addressed = 0;
    fc.assert(
      fc.property(arbitraryReport({ maxItems: 2 }).map((r) => ({ ...r, schemaVersion: runtimeModel.version })), arbitraryConfig, fc.option(fc.nat(3), { nil: undefined, freq: 4 }), (report, config, addresseeSlot) => {
        // Addressed to one of the group's lead recipients, or to no one.
        const leadRecipients = recipientsOf(config).filter(receivesLeads);
        const to = addresseeSlot === undefined || leadRecipients.length === 0 ? undefined : leadRecipients[addresseeSlot % leadRecipients.length]!.id;
        const strictest = mostPermissiveProfile(config);
        let submitted: Record<string, unknown>;
        try {
          submitted = pseudonymiseForGroup(report, { profile: strictest, key: GROUP_KEY, keyId: GROUP_KEY_ID });
        } catch (error) {
          if (error instanceof SharingRefusal) return; // the member could not send it at all
          throw error;
        }
        const bytes = new TextEncoder().encode(JSON.stringify(submitted));
        const admission = admitSubmission(bytes, config, strictest);
        // What the hub's worker runs, from the bytes alone: the same decisions and the same output.
        const prepared = prepareSubmission(bytes, 'submitter', to, config, strictest, recipientsOf(config));
        expect(prepared.ok).toBe(admission.ok);
        if (!admission.ok || !prepared.ok) return;
        for (const member of recipientsOf(config)) {
          const there = prepared.shaped.find((s) => s.recipient === member.id);
          if (receivesLeads(member) && member.id !== to) {
            expect(there).toBeUndefined();
            continue;
          }
          if (member.id === to) addressed++;
          const shaped = shapeFor(admission, member, config, strictest);
          expect(there).toBeDefined();
          // Under another profile than the group's most permissive, each re-shaping may issue a fresh record ID.
          const comparable = (json: string) => (member.profile === strictest ? json : JSON.stringify({ ...JSON.parse(json), recordId: 'fresh' }));
          expect('payload' in there! ? comparable(there.payload) : there!.refusal).toBe(shaped instanceof SharingRefusal ? shaped.reason : comparable(JSON.stringify(shaped)));
          if (shaped instanceof SharingRefusal) continue;
          delivered++;
          checkAgainstProfileSchema(shaped, getProfile(member.profile!));
          const purposes = (shaped.sharing as { permittedPurposes: string[] }).permittedPurposes;
          expect(purposes.length).toBeGreaterThan(0);
          if (member.purposes) for (const p of purposes) expect(member.purposes).toContain(p);
          for (const field of DIRECT) expect(valuesAt(shaped, field.path).filter((v) => !isMissingValue(v.value))).toEqual([]);
        }
      }),
      { numRuns: 150, seed: 14 },
    );
    // The property is not vacuous: records were delivered, leads among them.
    expect(delivered).toBeGreaterThan(20);
    expect(addressed).toBeGreaterThan(5);
  });

  test('values planted in every string position never reach a recipient, whether the member pseudonymised the report first or not', () => {
    let delivered = 0;
    fc.assert(
      fc.property(plantedReport, arbitraryConfig, fc.boolean(), ({ report, secrets }, config, pseudonymisedFirst) => {
        const strictest = mostPermissiveProfile(config);
        let submitted: Record<string, unknown> = { ...report, schemaVersion: runtimeModel.version };
        if (pseudonymisedFirst) {
          try {
            submitted = pseudonymiseForGroup(submitted, { profile: strictest, key: GROUP_KEY, keyId: GROUP_KEY_ID });
          } catch (error) {
            if (error instanceof SharingRefusal) return;
            throw error;
          }
        }
        const text = new TextEncoder().encode(JSON.stringify(submitted));
        // What the hub's worker hands back (payloads, refusals, findings) carries none of them either.
        const prepared = JSON.stringify(prepareSubmission(text, 'submitter', recipientsOf(config).find(receivesLeads)?.id, config, strictest, recipientsOf(config)));
        for (const secret of secrets) for (const form of forms(secret)) expect(prepared).not.toContain(form);
        const admission = admitSubmission(text, config, strictest);
        if (!admission.ok) return;
        for (const member of recipientsOf(config)) {
          const shaped = shapeFor(admission, member, config, strictest);
          const bytes = shaped instanceof SharingRefusal ? `${shaped.reason} ${shaped.hint}` : JSON.stringify(shaped);
          if (!(shaped instanceof SharingRefusal)) delivered++;
          for (const secret of secrets) for (const form of forms(secret)) expect(bytes).not.toContain(form);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
    expect(delivered).toBeGreaterThan(20);
  }, 300_000);
});
