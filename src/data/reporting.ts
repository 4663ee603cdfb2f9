/**
 * How the site words what it only reports, and what it must never claim without a page to show. One place for the
 * patterns the data validator (src/data/validate.ts) and the MDX rules (plugins/remark-site-rules.ts) enforce, and
 * for the words a reported text must carry. How firm a source is lives in ./firmness.ts.
 */

/**
 * A text that cites a reported source says that it is reported, in words a reader cannot miss: «по данным
 * провайдеров», «по данным 360dialog», «по сообщениям СМИ», «по словам …».
 */
export const REPORTED_WORDING = /(?<!\p{L})по\s+(?:данным|сообщениям|сообщению|словам)(?!\p{L})/iu;

/**
 * A claim about what a page does *not* say («на страницах Meta не упоминается», «справка этого не говорит»). It is
 * only allowed beside a citation of the page it is about: a page nobody read cannot be said to be silent.
 */
export const NEGATIVE_CLAIM = /(?<!\p{L})не\s+(?:упоминает(?:ся)?|упоминают|говорит(?:ся)?|сказано|пишет|указывает|указано)(?!\p{L})/iu;

/** The reporting words a text is missing, as an instruction; undefined when the text is fine. */
export function missingReportedWording(text: string): string | undefined {
  return REPORTED_WORDING.test(text)
    ? undefined
    : 'cites a reported source (reported: true in src/data/sources.ts) but does not say so: write it as «по данным провайдеров …» or «по сообщениям СМИ …»';
}

/** The negative claim a text makes without a source, as an instruction; undefined when the text is fine. */
export function unsourcedNegativeClaim(text: string, sourceCount: number): string | undefined {
  const claim = NEGATIVE_CLAIM.exec(text)?.[0];
  return claim && sourceCount === 0
    ? `says a page «${claim}» something without citing that page: cite the page you read (a key of src/data/sources.ts), or say that the point is unconfirmed`
    : undefined;
}
