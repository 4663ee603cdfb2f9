/**
 * <FeatureTable>: the comparison table, rendered from src/data/comparison.ts.
 * The server renders TableView. In the browser, plugins/lean-client.ts swaps ./Table for ./TableIsland,
 * which keeps the server's HTML as it is and loads the table's code and data only when needed.
 */
export {default} from './Table';
export type {FeatureTableProps} from './TableView';
