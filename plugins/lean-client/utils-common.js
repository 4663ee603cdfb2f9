/**
 * The browser's @docusaurus/utils-common: the same functions, re-exported from their own files. The package's
 * index is CommonJS compiled with tslib's import helpers, which brings the whole of tslib (18 KB of source)
 * into every page for a single `__importDefault`. A name added to the package's index and missing here
 * fails the build (a missing export is a build warning, and the build fails on warnings).
 */
export {
  default as applyTrailingSlash,
  addTrailingSlash,
  addLeadingSlash,
  removeTrailingSlash,
} from '@docusaurus/utils-common/lib/applyTrailingSlash.js';
export {addPrefix, removeSuffix, addSuffix, removePrefix} from '@docusaurus/utils-common/lib/stringUtils.js';
export {getErrorCausalChain} from '@docusaurus/utils-common/lib/errorUtils.js';
export const blogPostContainerID = '__blog-post-container';
