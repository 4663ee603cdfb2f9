// The server's (and the unit tests') table. The browser bundle gets ./TableIsland in its place.
export {default} from './TableView';
