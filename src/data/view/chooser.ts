import data from '@generated/site-data/default/chooser.json';
import type {ChooserView} from '../schema';

/** The chooser with its citations, written at build time by plugins/site-data. */
export const chooser = data as unknown as ChooserView;
