import {checkedOn, day, isFigureName, isMilestoneName, num, since, tiers} from '@site/src/data/figures';
import {isSourceKey} from '@site/src/data/sources';

/**
 * Numbers and dates in prose, read from src/data/figures.ts so a page says what the table and the answers say:
 * `<Num name="throughputMax" />` → «1 000», `<Day name="aiAssistantBan" />` → «15 января 2026 г.», `<Tiers />`, and
 * `<CheckedOn source="ruDomainsKommersant" />` → the day that source was checked, for «по состоянию на …».
 * plugins/remark-site-rules.ts rejects an unknown name with the file and line, before anything renders.
 */
export function Num({name}: {name: string}): string {
  if (!isFigureName(name)) throw new Error(`<Num name="${name}">: not in src/data/figures.ts`);
  return num(name);
}

export function Day({name}: {name: string}): string {
  if (!isMilestoneName(name)) throw new Error(`<Day name="${name}">: not in src/data/figures.ts`);
  return day(name);
}

/** «с 15 января 2026 г.», «с апреля 2026 г.»: the preposition with the date in the right case. */
export function Since({name}: {name: string}): string {
  if (!isMilestoneName(name)) throw new Error(`<Since name="${name}">: not in src/data/figures.ts`);
  return since(name);
}

export function Tiers(): string {
  return tiers();
}

export function CheckedOn({source}: {source: string}): string {
  if (!isSourceKey(source)) throw new Error(`<CheckedOn source="${source}">: not in src/data/sources.ts`);
  return checkedOn(source);
}
