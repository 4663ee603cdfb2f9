import {useEffect, useId, useRef, useState, type ReactElement} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import SearchMiss from '@site/src/components/ReportLink/SearchMiss';
import {loadSearch, type LocalSearchData} from '@site/src/search/client';
import type {SiteSearch} from '@site/src/search/engine';
import Snippet from '@site/src/search/Snippet';
import {searchStrings} from '@site/src/search/strings';
import type {SearchHit} from '@site/src/search/types';
import styles from './styles.module.css';

/** How many results the page lists; the count says how many there are. */
const SHOWN = 20;

/** Where to go when nothing matched: the ready answers and the chooser answer most questions people bring here. */
const NEXT_STEPS = [
  {to: '/answers', label: () => searchStrings.nextAnswers()},
  {to: '/choose', label: () => searchStrings.nextChooser()},
] as const;

type Found = {query: string; hits: SearchHit[]; total: number};

/** The results of the newest query; while the shards it needs arrive, the previous results stay on screen. */
function useResults(search: SiteSearch | null, query: string): {found: Found | null; failed: boolean} {
  const [found, setFound] = useState<Found | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!search || !query.trim()) {
      setFound(null);
      return undefined;
    }
    let current = true;
    search.results(query, SHOWN).then(
      ({hits, total}) => {
        if (current) {
          setFound({query, hits, total});
          setFailed(false);
        }
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [search, query]);
  return {found: query.trim() ? found : null, failed};
}

function Results({found}: {found: Found | null}): ReactElement | null {
  if (!found) return null;
  const {query, hits, total} = found;
  if (!hits.length) {
    return (
      <div role="status">
        <p className={styles.count}>{searchStrings.nothing(query.trim().slice(0, 60))}</p>
        <p>
          {searchStrings.nothingNext()}{' '}
          {NEXT_STEPS.map((step, index) => (
            <span key={step.to}>
              {index ? ', ' : ''}
              <Link to={step.to}>{step.label()}</Link>
            </span>
          ))}
          .
        </p>
      </div>
    );
  }
  return (
    <>
      <p className={styles.count} role="status">
        {total > hits.length ? searchStrings.foundShown(total, hits.length) : searchStrings.found(total)}
      </p>
      <ol className={styles.results}>
        {hits.map((hit) => (
          <li key={hit.url} className={styles.result}>
            <Link to={hit.url} className={styles.link}>
              <span className={styles.where}>{searchStrings.place(hit)}</span>
              <span className={styles.title}>{hit.title}</span>
            </Link>
            <p className={styles.snippet}>
              <Snippet parts={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

/** A pause in typing after which the next change starts a new history entry, so Back returns to the last query. */
const NEW_ENTRY_AFTER_MS = 1000;

/** `/search?q=…`: a page an agent can paste into a ticket. The query follows the URL as the user types. */
export default function SearchPage(): ReactElement {
  const {pages, indexUrl} = usePluginData('local-search') as LocalSearchData;
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  const headingId = useId();
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [search, setSearch] = useState<SiteSearch | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadSearch(indexUrl).then(setSearch, () => setFailed(true));
  }, [indexUrl]);
  const results = useResults(search, query);

  useEffect(() => {
    setQuery(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.search]);

  // One history entry per query, not per keystroke: the first change after a pause pushes, the rest replace.
  const lastTyped = useRef(0);
  const onChange = (value: string) => {
    setQuery(value);
    const now = Date.now();
    const location = {search: value ? `?q=${encodeURIComponent(value)}` : ''};
    if (now - lastTyped.current > NEW_ENTRY_AFTER_MS) history.push(location);
    else history.replace(location);
    lastTyped.current = now;
  };

  return (
    <Layout title={searchStrings.pageTitle()} description={searchStrings.pageHeading()}>
      <main className="container margin-vert--lg">
        <h1 id={headingId}>{searchStrings.pageHeading()}</h1>
        {isBrowser ? (
          <>
            <form role="search" aria-labelledby={headingId} className={styles.form} onSubmit={(event) => event.preventDefault()}>
              <label htmlFor={inputId} className={styles.label}>
                {searchStrings.label()}
              </label>
              <input
                id={inputId}
                className={styles.input}
                type="search"
                name="q"
                value={query}
                placeholder={searchStrings.placeholder()}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onChange(event.target.value)}
              />
            </form>
            {failed || results.failed ? <p role="alert">{searchStrings.failed()}</p> : null}
            {!search && !failed ? <p>{searchStrings.loading()}</p> : null}
            <Results found={results.found} />
            {query.trim() ? <SearchMiss query={query} /> : null}
          </>
        ) : (
          // Shown only without JavaScript (src/css/custom.css hides it once the theme's first script has run), so
          // a reader whose page is still hydrating is not told that JavaScript is off.
          <div className="site-no-js-only">
            <p>{searchStrings.needsJavaScript()}</p>
            <SearchMiss query="" />
            <ul>
              {pages.map((page) => (
                <li key={page.path}>
                  <Link to={page.path}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </main>
    </Layout>
  );
}
