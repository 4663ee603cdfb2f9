/**
 * Test double for @docusaurus/theme-common with the one hook the swizzled Heading uses.
 * Like the real hook with the default (sticky) navbar: a class for targets with an id, none without.
 */
export function useAnchorTargetClassName(id: string | undefined): string | undefined {
  return id === undefined ? undefined : 'anchorTargetStickyNavbar';
}
