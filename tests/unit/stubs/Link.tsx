import type {ReactElement, ReactNode} from 'react';

/** Test double for @docusaurus/Link: a plain anchor, as Link renders on the server. */
export default function Link({to, href, children, ...rest}: {to?: string; href?: string; children?: ReactNode}): ReactElement {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
