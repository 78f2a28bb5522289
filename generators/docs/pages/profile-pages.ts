/**
 * A page per sharing profile (schema/profiles/*.json, read through the model): which markings it takes and
 * gives, the purposes it permits, what it does by sensitivity class and by anonymisation method, its small-group
 * protection, and the resulting treatment of every field — computed by the anonymiser's own plan (actionFor), so
 * the page cannot disagree with what `htfds anonymise` does.
 */
import type { SharingProfile } from '../../model/field-model.js';
import { outputMarking } from '../../../src/share/anonymise.js';
import { actionFor, type Action } from '../../../src/share/plan.js';
import { quasiIdentifierPaths } from '../../../src/share/quasi-identifiers.js';
import { mdxCell, mdxCode, mdxText } from '../mdx.js';
import { codeLink, codeTitle, legendLink, type PageContext } from '../page-context.js';
import { render } from '../render.js';
import { fieldTarget, linkFrom, PROFILES_DIR, profilePage } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';

const INDEX = `${PROFILES_DIR}/index.mdx`;

export const ACTION_WORDS: Record<Action, string> = {
  keep: 'shared as it is',
  drop: 'removed',
  band: 'replaced by its band',
  month: 'date coarsened to its month',
  quarter: 'date coarsened to its quarter',
  hmac: 'replaced by a keyed hash',
  keepIfRedacted: 'shared only when marked as redacted by a person; otherwise removed',
};

/** What happens to each field under the profile, for every marking the profile accepts. */
function fieldTreatment(ctx: PageContext, profile: SharingProfile, file: string) {
  const fieldAt = (path: string) => ctx.model.fields.find((f) => f.path === path);
  const quasiIdentifiers = new Set(quasiIdentifierPaths(profile, ctx.model.fields, fieldAt));
  return ctx.model.fields.map((field) => {
    const byTlp = new Map<Action, string[]>();
    for (const tlp of profile.acceptsTlp) {
      const action = actionFor(field, profile, outputMarking(tlp, profile), fieldAt);
      byTlp.set(action, [...(byTlp.get(action) ?? []), tlp]);
    }
    const result =
      byTlp.size === 1
        ? ACTION_WORDS[[...byTlp.keys()][0]!]
        : [...byTlp.entries()].map(([action, tlps]) => `${ACTION_WORDS[action]} (reports marked ${tlps.join(', ')})`).join('; ');
    const quasi = profile.kAnonymity && quasiIdentifiers.has(field.path) ? `; generalised or suppressed in groups of fewer than ${profile.kAnonymity.k} people` : '';
    return {
      field: `[${mdxText(field.title)}](${linkFrom(file, fieldTarget(ctx.model, field))})`,
      path: mdxCode(field.path),
      sensitivity: legendLink(file, `sensitivity-${field.sensitivity.toLowerCase()}`, field.sensitivity),
      method: legendLink(file, `anonymisation-${field.anonymisation.toLowerCase()}`, field.anonymisation),
      result: mdxCell(result + quasi),
    };
  });
}

function profileView(ctx: PageContext, profile: SharingProfile, file: string) {
  const { model } = ctx;
  const tlps = (list: string[]) => list.map((t) => codeLink(ctx, file, 'tlp', t)).join(', ');
  const output =
    profile.outputTlp === 'unchanged'
      ? 'the same marking as the report'
      : profile.sanitising
        ? `${codeLink(ctx, file, 'tlp', profile.outputTlp)}: the profile removes enough to release at this marking`
        : `${codeLink(ctx, file, 'tlp', profile.outputTlp)}, or the report's own marking when that is stricter`;
  const onward = profile.onwardSharing === 'unchanged' ? "the report's own rule" : codeLink(ctx, file, 'onwardSharing', profile.onwardSharing);
  const sensitivityClasses = Object.entries(profile.bySensitivity).map(([cls, treatment]) => ({
    cls: legendLink(file, `sensitivity-${cls.toLowerCase()}`, cls),
    meaning: mdxCell(codeTitle(model, 'sensitivityClass', cls)),
    treatment: mdxCell(`${codeTitle(model, 'sensitivityTreatment', treatment)}: ${model.codelists.get('sensitivityTreatment')?.codes.find((c) => c.code === treatment)?.description ?? ''}`),
  }));
  const usesMethods = Object.values(profile.bySensitivity).includes('method');
  return {
    title: profile.title,
    name: profile.name,
    summary: profile.description,
    description: mdxText(profile.description),
    typicalUse: mdxText(profile.typicalUse),
    facts: [
      { name: 'Name', value: mdxCode(profile.name) },
      { name: 'Accepts reports marked', value: tlps(profile.acceptsTlp) },
      { name: 'Output marking', value: output },
      { name: 'Permitted purposes', value: profile.allowedPurposes.map((p) => codeLink(ctx, file, 'permittedPurpose', p)).join(', ') },
      { name: 'Onward sharing', value: onward },
    ],
    sensitivityClasses,
    methods: usesMethods
      ? Object.entries(profile.byMethod).map(([method, action]) => ({
          method: legendLink(file, `anonymisation-${method.toLowerCase()}`, method),
          meaning: mdxCell(codeTitle(model, 'anonymisationMethod', method)),
          action: mdxCell(ACTION_WORDS[action]),
        }))
      : [],
    kAnonymity: profile.kAnonymity
      ? {
          k: profile.kAnonymity.k,
          fields: quasiIdentifierPaths(profile, model.fields, (path) => model.fields.find((f) => f.path === path)).map((path) => {
            const field = model.fields.find((f) => f.path === path);
            return field ? `[${mdxText(field.title)}](${linkFrom(file, fieldTarget(model, field))}) ${mdxCode(path)}` : mdxCode(path);
          }),
        }
      : null,
    fields: fieldTreatment(ctx, profile, file),
  };
}

/** A page per sharing profile and an index. */
export function profilePages(ctx: PageContext): DocsFile[] {
  const pages = ctx.model.profiles.map((p, i) => ({ path: profilePage(p.name), content: render('profile-page', { position: i + 1, ...profileView(ctx, p, profilePage(p.name)) }) }));
  const index: DocsFile = {
    path: INDEX,
    content: render('profile-index', {
      profiles: ctx.model.profiles.map((p) => ({
        link: `[${mdxText(p.title)}](${linkFrom(INDEX, profilePage(p.name))})`,
        name: mdxCode(p.name),
        accepts: p.acceptsTlp.map(mdxText).join(', '),
        output: p.outputTlp === 'unchanged' ? 'unchanged' : mdxText(p.outputTlp),
        use: mdxCell(p.typicalUse),
      })),
    }),
  };
  return [index, ...pages, { path: `${PROFILES_DIR}/_category_.json`, content: `${JSON.stringify({ label: 'Sharing profiles', position: 6 }, null, 2)}\n` }];
}
