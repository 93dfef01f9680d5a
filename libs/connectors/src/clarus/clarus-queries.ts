/** The GraphQL reads the client makes, each asking only for the fields it returns. */

const PRODUCT = 'product { id sku external_system_reference1 }';

export const STOCK_LEVELS_QUERY = `
  query StockLevels($refs: [String!], $warehouse: String) {
    stock_levels(external_system_references: $refs, warehouse: $warehouse) {
      ${PRODUCT} warehouse on_hand allocated on_hold available
    }
  }`;

export const PRODUCTS_QUERY = `
  query Products($refs: [String!]!) {
    products(external_system_references: $refs) {
      id sku name barcode active external_system_reference1
    }
  }`;

export const SALES_ORDER_QUERY = `
  query SalesOrder($reference: String!) {
    sales_order(reference: $reference) {
      id reference warehouse status carrier service tracking_numbers dispatched_at version
      lines {
        line_number ${PRODUCT} quantity allocated_quantity picked_quantity dispatched_quantity
      }
    }
  }`;
