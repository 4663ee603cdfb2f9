/** Plain values, safe in the browser: every page's citations import these, so they stay this small. */

/**
 * How firm a source is, by who publishes it: `official` (Meta, WhatsApp, or a product's own maker about its product),
 * `providers` (a provider's documentation or blog) or `press`. A statement is as firm as its firmest source.
 */
export const FIRMNESS = ['official', 'providers', 'press'] as const;
export type Firmness = (typeof FIRMNESS)[number];
/** The firmness of a statement that no official page backs: the reader is told so in words (src/components/SourceLink/strings.ts). */
export type Reporter = Exclude<Firmness, 'official'>;

/** The firmest of a statement's sources; undefined when it cites none. */
export function firmnessOf(sources: readonly {firmness: Firmness}[]): Firmness | undefined {
  return FIRMNESS.find((firmness) => sources.some((source) => source.firmness === firmness));
}
