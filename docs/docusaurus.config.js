// The HTFDS documentation site. Reference pages are generated from the field model by generators/docs
// (`npm run build:docs`); guides are written by hand. Everything is served from the site itself: no external
// fonts, scripts, analytics or search service, so the site works offline and the validator page can promise
// that nothing leaves the browser.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { themes as prismThemes } from 'prism-react-renderer';
import { docsVersionOptions } from './versions.js';

const siteDir = dirname(fileURLToPath(import.meta.url));
const readJson = (path, fallback) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : fallback);
// Written by generators/docs (npm run build:docs): the version of the schema the generated pages describe.
const facts = readJson(join(siteDir, 'site-facts.json'), { version: '0.0.0', downloads: '0.0.0' });
const version = facts.version;
// Versions snapshotted by `htfds release` (docusaurus docs:version).
const released = readJson(join(siteDir, 'versions.json'), []);

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'HTFDS',
  tagline: 'Human Trafficking Financial Data Standard',
  // In the page itself: the browser fetches a linked icon whenever it chooses, often after the page has loaded.
  favicon: `data:image/svg+xml;base64,${readFileSync(join(siteDir, 'static', 'img', 'favicon.svg')).toString('base64')}`,
  // Placeholder host (used only in the sitemap and canonical links): the site can be served by any static web server.
  url: 'https://htfds.example',
  baseUrl: '/',
  trailingSlash: true,
  // Any broken link, anchor or Markdown link fails the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'mdx',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  // Rspack, SWC and Lightning CSS (@docusaurus/faster) instead of webpack, Babel, Terser and cssnano: the same
  // site, built several times faster, which the contributors' loop and the docs-site test wait for. Two parts
  // stay off: SWC's HTML minifier drops the quotes around attribute values, which the build's own link check
  // (generators/docs/check-links.ts) reads; rendering pages in worker threads needs Docusaurus 4's head
  // handling and gains nothing on two cores.
  future: {
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: false,
      lightningCssMinimizer: true,
      rspackBundler: true,
      rspackPersistentCache: true,
      mdxCrossCompilerCache: true,
      ssgWorkerThreads: false,
    },
  },
  // For the home page: the version the default docs describe (the latest release, if any) and the one in progress.
  customFields: { version, latestRelease: released[0] ?? null },
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.js',
          // The docs of the schema in this checkout, unless they are the latest release's; released versions keep their own snapshot.
          ...docsVersionOptions(version, released),
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      }),
    ],
  ],
  plugins: [
    // The site search's results in the site's order (src/search/rank-results.js): a field's entry first when the
    // words searched for are its name. It takes the place of the search plugin's sorting module in the bundle.
    () => ({
      name: 'htfds-search-order',
      configureWebpack: (_config, _isServer, { currentBundler }) => ({
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(/^\.\.\/utils\/sortSearchResults$/, join(siteDir, 'src', 'search', 'rank-results.js'))],
      }),
    }),
  ],
  // A page makes no request after it has loaded: no prefetching of the pages it links to (src/client/no-prefetch.js).
  // The search box does not pull back the focus of a keyboard user who has tabbed past it (src/client/search-focus.js).
  clientModules: ['./src/client/no-prefetch.js', './src/client/search-focus.js'],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      // Local search: the index is built with the site and searched in the browser.
      { hashed: true, indexBlog: false, docsRouteBasePath: 'docs', language: ['en'], searchContextByPaths: [], highlightSearchTermsOnTargetPage: false },
    ],
  ],
  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      colorMode: { respectPrefersColorScheme: true },
      navbar: {
        title: 'HTFDS',
        logo: { alt: 'HTFDS', src: 'img/favicon.svg' },
        items: [
          { type: 'docSidebar', sidebarId: 'guides', position: 'left', label: 'Guides' },
          { type: 'docSidebar', sidebarId: 'reference', position: 'left', label: 'Reference' },
          { to: '/validator/', label: 'Validator', position: 'left' },
          { to: '/prepare/', label: 'Prepare for sharing', position: 'left' },
          { type: 'doc', docId: 'reference/downloads', label: 'Downloads', position: 'left' },
          { type: 'docsVersionDropdown', position: 'right' },
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Use the standard',
            items: [
              { label: 'Frontline organisations', to: '/docs/guides/frontline/' },
              { label: 'Financial institutions and FIUs', to: '/docs/guides/financial-institutions/' },
              { label: 'Developers', to: '/docs/guides/developers/' },
            ],
          },
          {
            title: 'Reference',
            items: [
              { label: 'Fields', to: '/docs/reference/' },
              { label: 'Indicator catalogue', to: '/docs/reference/indicators/' },
              { label: 'Downloads', to: '/docs/reference/downloads/' },
            ],
          },
          {
            title: 'Take part',
            items: [
              { label: 'Contributing', to: '/docs/guides/contributing/' },
              { label: 'Governance', to: '/docs/guides/contributing/governance/' },
            ],
          },
        ],
        copyright: 'Standard and documentation: CC BY 4.0. Code: Apache-2.0. All examples are synthetic.',
      },
      prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula, additionalLanguages: ['bash', 'json'] },
    }),
};
