import data from '@generated/site-data/default/comparison.json';
import type {ComparisonView} from '../schema';

/** The comparison with its citations, written at build time by plugins/site-data. */
export const comparison = data as unknown as ComparisonView;
