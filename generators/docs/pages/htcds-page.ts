/** reference/htcds-crosswalk.mdx: the HTCDS crosswalk both ways, from the same table as the published CSV files. */
import { htcdsToHtfds, htfdsToHtcds, type TableRow } from '../../crosswalk/crosswalk-table.js';
import { CROSSWALK_DOWNLOADS } from '../../crosswalk/generate-htcds-crosswalk.js';
import type { CrosswalkMapping } from '../../../src/htcds/crosswalk.js';
import { mdxCell, mdxCode } from '../mdx.js';
import type { PageContext } from '../page-context.js';
import { render } from '../render.js';
import { fieldTarget, HTCDS_PAGE, linkFrom } from '../site-paths.js';
import type { DocsFile } from './docs-file.js';
import type { DownloadLinks } from './downloads-page.js';

const MEANINGS: Record<CrosswalkMapping, string> = {
  same: 'carried as it is; coded values code for code',
  generalised: 'carried in a coarser form (an age band, a month, a country)',
  flag: 'the HTCDS value sets an HTFDS yes/no field to true',
  reference: 'an HTCDS lookup to an organisation: an organisation with this role, or a reference to it',
  presence: 'a direct identifier: HTFDS records only that one is held',
  keyedHash: 'a direct identifier kept as a keyed hash, when import is given the group key',
  missingValue: 'becomes an HTFDS missing value rather than a code',
  related: 'a looser correspondence, for reading; import does not fill it',
  notCarried: 'HTFDS keeps nothing of it; the note says why',
};

export function htcdsPage(ctx: PageContext, links: DownloadLinks): DocsFile | undefined {
  const { model } = ctx;
  if (!model.htcds) return undefined;
  const file = HTCDS_PAGE;
  const fields = new Map(model.fields.map((f) => [f.path, f]));
  const htfds = (r: TableRow) => {
    const field = fields.get(r.htfdsPath);
    return field ? `[${mdxCode(r.htfdsPath)}](${linkFrom(file, fieldTarget(model, field))})` : ' ';
  };
  const code = (s: string) => (s ? mdxCode(s) : ' ');
  const cells = (r: TableRow) => ({ htcds: mdxCode(r.htcdsField), value: code(r.htcdsValue), htfds: htfds(r), code: code(r.htfdsCode), mapping: mdxCode(r.mapping), back: mdxCode(r.back), note: r.note ? mdxCell(r.note) : ' ' });
  const download = (path: string, label: string) => {
    const link = links.linkTo(path);
    return link ? `[${label}](${link})` : label;
  };
  return {
    path: file,
    content: render('htcds-page', {
      version: model.version,
      htcdsVersion: model.htcds.htcdsVersion,
      fieldCount: model.htcds.fields.length,
      downloads: `${download(CROSSWALK_DOWNLOADS.toHtfds, 'HTCDS to HTFDS (CSV)')}, ${download(CROSSWALK_DOWNLOADS.toHtcds, 'HTFDS to HTCDS (CSV)')}`,
      mappings: Object.entries(MEANINGS).map(([name, meaning]) => ({ name, meaning })),
      toHtfds: htcdsToHtfds(model, model.htcds).map(cells),
      toHtcds: htfdsToHtcds(model, model.htcds).map(cells),
    }),
  };
}
