import {readPages, sourceUsage} from '../source-usage';
import {ageInDays} from '../standing';
import {SOURCES} from '../sources';

const usage = sourceUsage(readPages());

describe('what depends on each source (npm run facts)', () => {
  it('finds table rows, answers, changes, figures and pages', () => {
    expect(usage.throughput).toEqual(
      expect.arrayContaining(['row throughput (whatsapp-business-api)', 'figure throughputMax', 'page /whatsapp-business-api']),
    );
    expect(usage.ruDomainsKommersant).toEqual(
      expect.arrayContaining(['answer russia-not-working', 'change ru-domains-removed', 'page /', 'page /russia']),
    );
    expect(usage.nonTemplatePricing).toEqual(expect.arrayContaining(['chooser note service-replies-2026', 'date serviceMessagesBilled']));
  });

  it('leaves no source uncited', () => {
    expect(Object.keys(SOURCES).filter((key) => usage[key as keyof typeof usage].length === 0)).toEqual([]);
  });

  it('counts a page that cites an unknown name as citing nothing', () => {
    const fake = sourceUsage([{path: '/x', text: '<Cite source="nope" /> <Num name="nope" />'}]);
    expect(
      Object.values(fake)
        .flat()
        .filter((where) => where === 'page /x'),
    ).toEqual([]);
  });

  it('gives the age of a check in days', () => {
    expect(ageInDays('2026-11-24', '2026-12-01')).toBe(7);
    expect(ageInDays('2026-12-01', '2026-12-01')).toBe(0);
  });
});
