/** Test double for @docusaurus/Head: what it holds goes into the document's head, never into the component's markup. */
export default function Head(): null {
  return null;
}
