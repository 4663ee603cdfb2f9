import type {Product} from './schema';

/** The three columns of the comparison, in reading order. */
export const PRODUCTS = [
  {id: 'whatsapp', name: 'WhatsApp', shortName: 'WhatsApp', href: '/whatsapp'},
  {id: 'whatsapp-business', name: 'WhatsApp Business (приложение)', shortName: 'WhatsApp Business', href: '/whatsapp-business'},
  {
    id: 'whatsapp-business-api',
    name: 'WhatsApp Business API (WhatsApp Business Platform)',
    shortName: 'Business API',
    href: '/whatsapp-business-api',
  },
] as const satisfies readonly Product[];
