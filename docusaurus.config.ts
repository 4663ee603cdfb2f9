import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkResolveData from './plugins/remark-resolve-data';
import remarkSiteRules from './plugins/remark-site-rules';

/** The public address: SITE_URL at build time, or the default in site-url.ts (shared with the tests). */
import {SITE_URL} from './site-url';
/** SITE_AS_OF and REPORT_TO, read in site-settings.ts only. */
import {reportTarget, siteAsOf} from './site-settings';

const asOf = siteAsOf();
const reportTo = reportTarget();

const RSDOCTOR: [string, object] = [
  '@docusaurus/plugin-rsdoctor',
  {
    rsdoctorOptions: {
      disableClientServer: true,
      mode: 'brief',
      reportDir: path.resolve('.tmp/rsdoctor'),
      linter: {rules: {'ecma-version-check': 'off'}},
    },
  },
];

const config: Config = {
  title: 'WhatsApp для бизнеса',
  tagline: 'Чем отличаются WhatsApp, WhatsApp Business и WhatsApp Business API — и что выбрать компании',
  favicon: 'img/favicon.svg',

  url: SITE_URL,
  /** The day the site speaks as of (stale sources are marked), and where «Сообщить об ошибке» goes (none when unset). */
  customFields: {asOf, ...(reportTo ? {reportTo} : {})},
  baseUrl: '/',
  trailingSlash: false,
  // The banner's inline script guards against a wrong baseUrl at deploy time; deploy/nginx serves the site at /,
  // and the Content-Security-Policy would have to allow one more inline script for it.
  baseUrlIssueBanner: false,

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'ru',
    locales: ['ru'],
    localeConfigs: {
      ru: {label: 'Русский', htmlLang: 'ru-RU'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins: [remarkSiteRules, [remarkResolveData, {asOf, report: reportTo !== undefined}]],
          breadcrumbs: false,
        },
        blog: false,
        pages: false,
        theme: {
          customCss: ['./src/css/custom.css', './src/css/print.css'],
        },
        sitemap: {
          lastmod: null,
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './plugins/validate-data.ts',
    './plugins/site-data/index.ts',
    './plugins/unique-ids.ts',
    './plugins/short-links.ts',
    // `RSDOCTOR=true npm run build`: Rsdoctor's report of every chunk, its modules and their sizes, one self-contained
    // HTML file in .tmp/rsdoctor/ (outside build/: never deployed nor published; no server, nothing opened).
    ...(process.env.RSDOCTOR === 'true' ? [RSDOCTOR] : []),
    './plugins/lean-client.ts',
    './plugins/scripts-after-paint.ts',
    './plugins/sprite-without-style.ts',
    './plugins/local-search/index.ts',
    './plugins/open-data/index.ts',
    // Last: it reads every page and file the plugins above write.
    './plugins/published-links.ts',
  ],

  clientModules: ['./src/client/link-targets.ts'],

  themeConfig: {
    image: 'og/index.png',
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: false},
    },
    navbar: {
      title: 'WhatsApp для бизнеса',
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {to: '/', label: 'Обзор', position: 'left', activeBaseRegex: '^/$'},
        {to: '/whatsapp-business-api', label: 'Business API', position: 'left'},
        {to: '/glossary', label: 'Словарь', position: 'left'},
        {to: '/changes', label: 'Что изменилось', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Продукты',
          items: [
            {label: 'WhatsApp', to: '/whatsapp'},
            {label: 'WhatsApp Business', to: '/whatsapp-business'},
            {label: 'WhatsApp Business API', to: '/whatsapp-business-api'},
          ],
        },
        {
          title: 'Справка',
          items: [
            {label: 'Интеграции', to: '/integrations'},
            {label: 'Словарь терминов', to: '/glossary'},
            {label: 'Что изменилось', to: '/changes'},
          ],
        },
      ],
      copyright:
        'Независимый справочник; не связан с WhatsApp LLC и Meta Platforms. Названия WhatsApp и Meta принадлежат их владельцам. Цены и лимиты — со ссылками на источники и датой проверки.',
    },
    // No code on this site (plugins/lean-client.ts): an empty theme keeps Prism's colour table out of the bundled config.
    prism: {theme: {plain: {}, styles: []}},
  } satisfies Preset.ThemeConfig,
};

export default config;
