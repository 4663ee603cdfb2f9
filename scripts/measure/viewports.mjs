/** The two widths every first-load figure is taken at; the same as the Playwright projects. */
export const VIEWPORTS = {
  desktop: {viewport: {width: 1280, height: 800}},
  phone: {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true, deviceScaleFactor: 2},
};
