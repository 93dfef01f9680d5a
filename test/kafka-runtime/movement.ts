/** The test event: a numbered movement of one SKU, so order and count can be checked. */
export interface Movement {
  sku: string;
  sequence: number;
  quantityDelta: number;
}

export const movementSchemaV1 = {
  type: 'record',
  name: 'RuntimeTestMovement',
  namespace: 'parity.test',
  fields: [
    { name: 'sku', type: 'string' },
    { name: 'sequence', type: 'int' },
    { name: 'quantityDelta', type: 'int' },
  ],
};

export const movementKey = { of: (m: Movement) => m.sku, description: 'sku' };

/** `keys` SKUs × `perKey` movements, interleaved the way a busy warehouse sends them. */
export function interleavedMovements(keys: number, perKey: number): Movement[] {
  const movements: Movement[] = [];
  for (let sequence = 1; sequence <= perKey; sequence++) {
    for (let k = 0; k < keys; k++)
      movements.push({ sku: `SKU-${k}`, sequence, quantityDelta: (k % 5) - 2 });
  }
  return movements;
}

export const effectsTable = (schema: string): string[] => [
  `CREATE TABLE "${schema}".effects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sku text NOT NULL, sequence int NOT NULL)`,
];
