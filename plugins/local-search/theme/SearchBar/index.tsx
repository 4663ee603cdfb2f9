import {useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactElement} from 'react';
import {useHistory} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import {loadSearch, searchPageUrl, type LocalSearchData} from '@site/src/search/client';
import type {SiteSearch} from '@site/src/search/engine';
import Snippet from '@site/src/search/Snippet';
import {searchStrings} from '@site/src/search/strings';
import type {SearchHit} from '@site/src/search/types';
import styles from './styles.module.css';

const MAX_RESULTS = 8;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
}

/**
 * The navbar search box. Without JavaScript it is a plain GET form to /search. With JavaScript it is a combobox:
 * results as you type, arrow keys to move, Enter to open, Escape to close; Ctrl+K, ⌘K or / focuses it.
 */
export default function SearchBar(): ReactElement {
  const {indexUrl} = usePluginData('local-search') as LocalSearchData;
  const history = useHistory();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const engine = useRef<SiteSearch | null>(null);
  const [query, setQuery] = useState('');
  /** The results shown, and the query they answer: while a newer query waits for its shards, these stay. */
  const [found, setFound] = useState<{query: string; hits: SearchHit[]}>({query: '', hits: []});
  const {hits} = found;
  const answered = found.query === query;
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');

  /** The newest query asked: an answer to an older one (its shards arrived later) is dropped. */
  const asked = useRef(0);
  const run = useCallback((text: string) => {
    const search = engine.current;
    if (!search) return;
    const ticket = ++asked.current;
    (text.trim() ? search.search(text, MAX_RESULTS) : Promise.resolve([])).then(
      (results) => {
        if (ticket !== asked.current) return;
        setFound({query: text, hits: results});
        setActive(results.length ? 0 : -1);
      },
      () => {
        if (ticket === asked.current) setStatus('failed');
      },
    );
  }, []);

  const load = useCallback(() => {
    if (engine.current || status === 'loading') return;
    setStatus('loading');
    loadSearch(indexUrl).then(
      (search) => {
        engine.current = search;
        setStatus('ready');
        run(input.current?.value ?? '');
      },
      () => setStatus('failed'),
    );
  }, [indexUrl, run, status]);

  // Scripts start after the page has painted: a reader may have typed into the box (and focused it) before
  // it became interactive. Keep what was typed, load the engine if the box has focus, and carry on from there.
  useEffect(() => {
    const box = input.current;
    if (!box) return;
    if (box.value) setQuery(box.value);
    if (document.activeElement === box) {
      setOpen(true);
      load();
    }
    // Only once, for what was typed before hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K' || event.code === 'KeyK') && (event.ctrlKey || event.metaKey);
      if (shortcut || (event.key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const go = (url: string) => {
    setOpen(false);
    input.current?.blur();
    history.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = answered ? hits[active] : undefined;
      go(hit ? hit.url : searchPageUrl(query));
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  const showPanel = open && query.trim() !== '';
  return (
    <form
      role="search"
      aria-label={searchStrings.navbarForm()}
      action="/search"
      method="get"
      className={styles.form}
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={inputId} className="site-visually-hidden">
        {searchStrings.label()}
      </label>
      <input
        ref={input}
        id={inputId}
        className={styles.input}
        // A text input: the ARIA combobox pattern (and the W3C Nu checker) take role="combobox" on type="text" only;
        // inputMode and enterKeyHint keep the phone keyboard of a search field.
        type="text"
        inputMode="search"
        enterKeyHint="search"
        name="q"
        placeholder={searchStrings.placeholder()}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          run(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        /
      </kbd>
      <div className={styles.panel} hidden={!showPanel}>
        <ul id={listId} role="listbox" aria-label={searchStrings.results()} aria-busy={!answered} data-query={found.query} className={styles.list}>
          {hits.map((hit, i) => (
            <li
              key={hit.url}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => go(hit.url)}
              data-url={hit.url}
            >
              <span className={styles.where}>{searchStrings.place(hit)}</span>
              <span className={styles.title}>{hit.title}</span>
              <span className={styles.snippet}>
                <Snippet parts={hit.snippet} />
              </span>
            </li>
          ))}
        </ul>
        <p className={styles.status} aria-live="polite">
          {status === 'loading' ? searchStrings.loading() : null}
          {status === 'failed' ? searchStrings.failed() : null}
          {status === 'ready' && answered && hits.length === 0 ? searchStrings.nothing(query.trim().slice(0, 60)) : null}
        </p>
        <a
          className={styles.more}
          href={searchPageUrl(query)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            event.preventDefault();
            go(searchPageUrl(query));
          }}
        >
          {searchStrings.allResults()}
        </a>
      </div>
    </form>
  );
}
