/** The Parity services and the HTTP port each listens on locally (health, APIs, webhooks). */
export const services = {
  edge: 3001,
  inventory: 3002,
  orders: 3003,
  fulfilment: 3004,
  returns: 3005,
  reconciliation: 3006,
} as const;

export type ServiceName = keyof typeof services;

export const serviceNames = Object.keys(services) as ServiceName[];
