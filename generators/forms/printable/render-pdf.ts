/**
 * The printable form as PDF, printed by headless Chromium (the same engine adopters print the HTML with).
 * Chromium stamps each PDF with the time it was made, in the document information (CreationDate, ModDate) and
 * in the XMP metadata, and derives the document ID from it; normalisePdf sets those to fixed values of the same
 * length, so the byte offsets in the cross-reference table stay right and two builds give the same bytes.
 */
import { existsSync } from 'node:fs';

/** Where Chromium is; HTFDS_CHROMIUM overrides the Debian path. */
export const chromiumPath = (): string => process.env.HTFDS_CHROMIUM ?? '/usr/bin/chromium';

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

/** Prints HTML to A4 PDF, with page numbers in the footer. */
export async function renderPdf(html: string, footer: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`the printable PDF needs Chromium, which is not at ${executablePath}: install it (apt-get install chromium) or set HTFDS_CHROMIUM to its path`);
  }
  // Loaded here, not at the top: playwright-core is a development dependency, and an installed toolkit must run
  // every other command (validate, import…) without it.
  const playwright = await import('playwright-core').catch(() => undefined);
  if (!playwright) throw new Error('the printable PDF needs the package playwright-core, a development dependency of htfds: run the build from a checkout with npm ci');
  const browser = await playwright.chromium.launch({ executablePath, args: LAUNCH_ARGS });
  try {
    const page = await browser.newPage();
    // The page is self-contained; refuse any request so that printing never reaches the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:7pt;width:100%;text-align:center;color:#444">${footer} — page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
    });
    return normalisePdf(pdf);
  } finally {
    await browser.close();
  }
}

const FIXED_PDF_DATE = 'D:19800101000000';

/** Replaces every occurrence of `pattern` (a regex with the g flag) by a same-length fixed value. */
function replaceSameLength(text: string, pattern: RegExp, fixed: (match: string) => string): string {
  return text.replace(pattern, (match) => {
    const value = fixed(match);
    if (value.length !== match.length) throw new Error('a PDF field would change length; the cross-reference table would break');
    return value;
  });
}

/**
 * Fixes the time stamps and the document ID of a Chromium (Skia) PDF. Works on the bytes as latin1 text, which
 * maps every byte to one character, so compressed streams pass through unchanged.
 */
export function normalisePdf(pdf: Uint8Array): Buffer {
  let text = Buffer.from(pdf).toString('latin1');
  // /CreationDate (D:20261126043012+00'00') and /ModDate: keep the length, fix the digits.
  text = replaceSameLength(text, /\/(CreationDate|ModDate) \(D:[0-9]{14}[^)]*\)/g, (m) => {
    const prefix = m.slice(0, m.indexOf('(') + 1);
    const rest = m.slice(prefix.length, -1);
    return `${prefix}${FIXED_PDF_DATE}${rest.slice(FIXED_PDF_DATE.length).replace(/[0-9]/g, '0')})`;
  });
  // XMP dates such as <xmp:CreateDate>2026-11-26T04:30:12+00:00</xmp:CreateDate>.
  text = replaceSameLength(text, /<(xmp:[A-Za-z]+Date)>[^<]*<\/\1>/g, (m) => m.replace(/>([^<]*)</, (_w, v: string) => `>${v.replace(/[0-9]/g, '0')}<`));
  // XMP document and instance IDs (uuid:…), and the trailer /ID [<…> <…>] derived from the time.
  text = replaceSameLength(text, /uuid:[0-9a-f-]{36}/g, (m) => `uuid:${m.slice(5).replace(/[0-9a-f]/g, '0')}`);
  text = replaceSameLength(text, /\/ID \[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\]/g, (m) => m.replace(/[0-9A-Fa-f](?=[0-9A-Fa-f]*>)/g, '0'));
  return Buffer.from(text, 'latin1');
}
