import changesData from '@generated/site-data/default/changes.json';
import correctionsData from '@generated/site-data/default/corrections.json';
import type {ChangeView} from '../schema';

/** The change log and the corrections with their citations, written at build time by plugins/site-data. */
export const changes = changesData as unknown as ChangeView[];
export const corrections = correctionsData as unknown as ChangeView[];
