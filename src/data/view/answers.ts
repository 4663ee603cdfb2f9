import data from '@generated/site-data/default/answers.json';
import type {AnswerView} from '../schema';

/** The ready answers with their citations, written at build time by plugins/site-data. */
export const answers = data as unknown as AnswerView[];
