import {lastCheckedOf, lastCheckedProblem} from '../last-checked';

const NOW = '2026-12-01';

describe('a page’s last_checked (checked when the site builds)', () => {
  it('accepts a past day or today, quoted or as the Date YAML makes', () => {
    expect(lastCheckedProblem('2026-11-25', NOW)).toBeUndefined();
    expect(lastCheckedProblem(NOW, NOW)).toBeUndefined();
    expect(lastCheckedProblem(lastCheckedOf({last_checked: new Date('2026-11-25T00:00:00Z')}), NOW)).toBeUndefined();
  });

  it.each([
    ['a missing date', undefined, 'is missing'],
    ['an impossible day', '2026-02-30', 'must be a real day written as YYYY-MM-DD (got "2026-02-30")'],
    ['a month only', '2026-11', 'must be a real day'],
    ['a number', 20261125, 'must be a real day'],
    ['tomorrow', '2026-12-02', '"last_checked" 2026-12-02 is in the future (today is 2026-12-01)'],
  ])('reports %s', (_, value, message) => {
    expect(lastCheckedProblem(value, NOW)).toContain(message);
  });
});
