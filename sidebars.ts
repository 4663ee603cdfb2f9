import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** Reading order: the short answer, the chooser and WhatsApp in Russia first, then each product, then integrations and reference pages; ready answers for support last. */
const sidebars: SidebarsConfig = {
  guide: ['index', 'choose', 'russia', 'whatsapp', 'whatsapp-business', 'whatsapp-business-api', 'integrations', 'glossary', 'changes', 'answers'],
};

export default sidebars;
