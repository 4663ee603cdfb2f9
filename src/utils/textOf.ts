import {Children, isValidElement, type ReactNode} from 'react';

/** The plain text of React children: «Цены» from `<>Цены</>`, for accessible names. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return Children.toArray(node).length > 1 ? Children.toArray(node).map(textOf).join('') : '';
}
