/**
 * Webpack/Rspack loader for theme-common's reactUtils.js: useShallowMemoObject sorts property names with
 * String#localeCompare, and the first localeCompare of a page builds an ICU collator (12–20 ms of main
 * thread on a quiet desktop core, before any CPU slowdown) only to put a few ASCII keys in a stable order.
 * An ordinal comparison gives the same stable order. Fails the build when the expected code is gone, so a
 * Docusaurus update cannot silently undo or break this.
 */
const FROM = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const TO = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

module.exports = function ordinalSortLoader(source) {
  if (!source.includes(FROM)) {
    throw new Error(
      `${this.resourcePath}: expected \`${FROM}\` (useShallowMemoObject) to replace with an ordinal sort; ` +
        'Docusaurus changed this file, update plugins/lean-client/ordinal-sort-loader.js',
    );
  }
  return source.replace(FROM, TO);
};
