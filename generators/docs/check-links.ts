/**
 * A link check over the built site: every link, script, stylesheet and image of every page must point to a
 * file of the site, and every `#anchor` to an element with that id. Docusaurus checks links between its own
 * pages; this also covers links to downloads and other static files, and anchors inside generated tables.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  /** The page, as a path of the site. */
  page: string;
  link: string;
  problem: 'missing' | 'anchor';
}

const decode = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The ids of a page's elements. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** The links of a page: href of links and stylesheets, src of scripts and images. */
export function linksOf(html: string): string[] {
  const links: string[] = [];
  for (const tag of html.matchAll(/<(a|link|script|img|source|iframe)\b[^>]*>/gi)) {
    const attr = /\s(?:href|src)="([^"]*)"/i.exec(tag[0]);
    if (!attr) continue;
    // <link rel="canonical"> and alternate links name the public address of the page, not a file to load.
    if (/^<link\b/i.test(tag[0]) && /rel="(canonical|alternate)"/i.test(tag[0])) continue;
    links.push(decode(attr[1]!));
  }
  return links;
}

/** Every broken link and anchor of the site built in `outDir`, which is served at `baseUrl`. */
export function checkLinks(outDir: string, baseUrl = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(baseUrl)) return undefined;
    const local = join(outDir, decodeURIComponent(pathname.slice(baseUrl.length)));
    if (existsSync(local) && statSync(local).isFile()) return local;
    const index = join(local, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  for (const file of htmlFiles(outDir)) {
    const page = `${baseUrl}${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    for (const link of linksOf(html)) {
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue; // Another site, mail, data: — not part of this site.
      const url = new URL(link, `http://site${page}`);
      const target = url.pathname === new URL(`http://site${page}`).pathname && link.startsWith('#') ? file : fileFor(url.pathname);
      if (!target) {
        broken.push({ page, link, problem: 'missing' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids(target).has(anchor)) broken.push({ page, link, problem: 'anchor' });
    }
  }
  return broken;
}
