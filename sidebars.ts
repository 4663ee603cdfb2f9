import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** Reading order: the short answer first, then each product, then integrations and reference pages. */
const sidebars: SidebarsConfig = {
  guide: ['index', 'whatsapp', 'whatsapp-business', 'whatsapp-business-api', 'integrations', 'glossary', 'changes'],
};

export default sidebars;
