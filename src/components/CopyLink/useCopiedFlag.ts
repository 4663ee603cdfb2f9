import {useCallback, useEffect, useRef, useState} from 'react';

const SHOWN_MS = 2000;

/** Whether to show «скопировано»: `flag(ok)` after a copy shows it for 2 s when it worked; cleared on unmount. */
export function useCopiedFlag(): [boolean, (ok: boolean) => void] {
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const flag = useCallback((ok: boolean) => {
    setCopied(ok);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), SHOWN_MS);
  }, []);
  return [copied, flag];
}
