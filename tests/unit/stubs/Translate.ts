/** Test double for @docusaurus/Translate: returns the default (Russian) message, interpolated. */
export function translate({message, id}: {message?: string; id?: string}, values?: Record<string, string>): string {
  const text = message ?? id ?? '';
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values?.[key] ?? match);
}
export default function Translate({children}: {children: string}): string {
  return children;
}
