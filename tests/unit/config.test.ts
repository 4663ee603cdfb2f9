import config from '../../docusaurus.config';

describe('docusaurus.config.ts', () => {
  it('fails the build on a broken link or anchor between pages, a duplicate route, and on a broken Markdown link or image', () => {
    expect(config).toMatchObject({onBrokenLinks: 'throw', onBrokenAnchors: 'throw', onDuplicateRoutes: 'throw'});
    expect(config.markdown?.hooks).toMatchObject({onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'});
  });
});
