import {siteView} from '@site/src/data/site-view';
import {siteAsOf} from '@site/site-settings';

/** What plugins/site-data writes for the build, computed the same way for the unit tests. */
export const view = siteView(siteAsOf());
