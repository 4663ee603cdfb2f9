import {useEffect, useId, useState, type ReactElement} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import {loadSearch, type LocalSearchData} from '@site/src/search/client';
import type {SiteSearch} from '@site/src/search/engine';
import Snippet from '@site/src/search/Snippet';
import {searchStrings} from '@site/src/search/strings';
import styles from './styles.module.css';

function Results({search, query}: {search: SiteSearch | null; query: string}): ReactElement | null {
  if (!search || !query.trim()) return null;
  const hits = search.search(query, 20);
  return (
    <>
      <p className={styles.count} role="status">
        {hits.length ? searchStrings.found(hits.length) : searchStrings.nothing(query.trim().slice(0, 60))}
      </p>
      <ol className={styles.results}>
        {hits.map((hit) => (
          <li key={hit.url} className={styles.result}>
            <Link to={hit.url} className={styles.link}>
              <span className={styles.where}>
                {searchStrings.place(hit)}
              </span>
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

/** `/search?q=…`: a page an agent can paste into a ticket. The query follows the URL as the user types. */
export default function SearchPage(): ReactElement {
  const {pages, indexUrl} = usePluginData('local-search') as LocalSearchData;
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [search, setSearch] = useState<SiteSearch | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadSearch(indexUrl).then(setSearch, () => setFailed(true));
  }, [indexUrl]);

  useEffect(() => {
    setQuery(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.search]);

  const onChange = (value: string) => {
    setQuery(value);
    history.replace({search: value ? `?q=${encodeURIComponent(value)}` : ''});
  };

  return (
    <Layout title={searchStrings.pageTitle()} description={searchStrings.pageHeading()}>
      <main className="container margin-vert--lg">
        <h1>{searchStrings.pageHeading()}</h1>
        {isBrowser ? (
          <>
            <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
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
            {failed ? <p role="alert">{searchStrings.failed()}</p> : null}
            {!search && !failed ? <p>{searchStrings.loading()}</p> : null}
            <Results search={search} query={query} />
          </>
        ) : (
          <>
            <p>{searchStrings.needsJavaScript()}</p>
            <ul>
              {pages.map((page) => (
                <li key={page.path}>
                  <Link to={page.path}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </Layout>
  );
}
