/** Written by plugins/site-data at build time; typed by the wrappers in src/data/view/. */
declare module '@generated/site-data/default/*.json' {
  const data: unknown;
  export default data;
}
