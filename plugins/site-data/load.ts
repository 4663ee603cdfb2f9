import {siteView} from '../../src/data/site-view';

/** The default export plugins/site-data loads fresh, so `npm start` sees data edits. */
export default siteView;
