import { buildSchema, graphql, GraphQLError } from 'graphql';
import { Router, json } from 'express';
import type { ClarusStore } from './clarus-store';

/** Clarus asks integrations to batch; a query may name at most this many products [ASSUMED]. */
export const MAX_REFERENCES_PER_QUERY = 100;

/** The read side of Clarus [ASSUMED shape; snake_case like the REST records]. */
const schema = buildSchema(`
  type Product {
    id: ID!, sku: String!, name: String!, barcode: String, active: Boolean!,
    external_system_reference1: String
  }
  type StockLevel {
    product: Product!, warehouse: String!,
    on_hand: Int!, allocated: Int!, on_hold: Int!, available: Int!
  }
  type DeliveryAddress {
    name: String!, company: String, line1: String!, line2: String, city: String!,
    region: String, postcode: String!, country: String!, email: String, phone: String
  }
  type SalesOrderLine {
    id: ID!, line_number: Int!, product: Product!, quantity: Int!,
    allocated_quantity: Int!, picked_quantity: Int!, dispatched_quantity: Int!
  }
  type SalesOrder {
    id: ID!, reference: String!, warehouse: String!, account: String, status: String!,
    order_date: String, delivery_address: DeliveryAddress!,
    string1: String, string2: String, string3: String, string4: String, string5: String,
    carrier: String, service: String, tracking_numbers: [String!]!, tracking_url: String,
    dispatched_at: String, version: Int!, lines: [SalesOrderLine!]!
  }
  type GoodsInLine {
    id: ID!, line_number: Int, product: Product!, storage_unit_id: ID,
    expected_quantity: Int!, received_quantity: Int!, on_hold_quantity: Int!
  }
  type GoodsInReceipt {
    id: ID!, reference: String!, warehouse: String!, account: String, status: String!,
    expected_date: String, completed_at: String, version: Int!, lines: [GoodsInLine!]!
  }
  type Query {
    stock_levels(external_system_references: [String!], warehouse: String): [StockLevel!]!
    products(external_system_references: [String!]!): [Product!]!
    sales_order(reference: String!): SalesOrder
    goods_in_receipt(reference: String!): GoodsInReceipt
  }
`);

interface StockLevelsArgs {
  external_system_references?: string[] | null;
  warehouse?: string | null;
}

function requireFewEnough(refs: readonly string[] | null | undefined): void {
  if (refs && refs.length > MAX_REFERENCES_PER_QUERY) {
    throw new GraphQLError(
      `At most ${MAX_REFERENCES_PER_QUERY} external_system_references per query.`,
      { extensions: { category: 'validation' } },
    );
  }
}

function resolvers(store: ClarusStore) {
  return {
    stock_levels: ({ external_system_references: refs, warehouse }: StockLevelsArgs) => {
      requireFewEnough(refs);
      const wanted = refs ? new Set(refs) : undefined;
      return store.stock.entries().flatMap((entry) => {
        const product = store.products.get(entry.productId);
        if (!product || (warehouse && entry.warehouse !== warehouse)) return [];
        if (wanted && !wanted.has(product.external_system_reference1 ?? '')) return [];
        return [{ product, warehouse: entry.warehouse, ...entry.levels }];
      });
    },
    /** Retired (inactive) products too: an integration must see what it retired. */
    products: ({ external_system_references: refs }: { external_system_references: string[] }) => {
      requireFewEnough(refs);
      return refs.flatMap((ref) => store.productByReference(ref) ?? []);
    },
    sales_order: ({ reference }: { reference: string }) =>
      store.salesOrderByReference(reference) ?? null,
    goods_in_receipt: ({ reference }: { reference: string }) =>
      store.receiptByReference(reference) ?? null,
  };
}

/** `POST /graphql` with `{query, variables}`; errors come back in a 200, as GraphQL servers do. */
export function graphqlRoute(store: ClarusStore, onQuery: () => void): Router {
  const router = Router();
  const rootValue = resolvers(store);
  router.post('/graphql', json(), async (req, res) => {
    onQuery();
    const body = (req.body ?? {}) as { query?: unknown; variables?: unknown };
    if (typeof body.query !== 'string') {
      res.status(400).json({ errors: [{ message: 'A query string is required.' }] });
      return;
    }
    const result = await graphql({
      schema,
      source: body.query,
      rootValue,
      variableValues: isRecord(body.variables) ? body.variables : undefined,
    });
    res.json(result);
  });
  return router;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
