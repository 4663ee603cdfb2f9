/**
 * The callout types authors may use: `<Callout type="tip">`. Kept free of browser-only imports
 * because the remark plugin (plugins/remark-site-rules.ts) checks MDX files against it at build time.
 */
export const CALLOUT_VARIANTS = ['info', 'tip', 'warning', 'danger'] as const;
export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];

export function isCalloutVariant(value: unknown): value is CalloutVariant {
  return typeof value === 'string' && (CALLOUT_VARIANTS as readonly string[]).includes(value);
}

export function unknownVariantMessage(value: unknown, where?: string): string {
  return `${where ? `${where}: ` : ''}<Callout type=${JSON.stringify(value)}> is not a known callout type. Allowed types: ${CALLOUT_VARIANTS.join(', ')}.`;
}
