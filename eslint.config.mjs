import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

/** HTTP client code: vendor calls go through libs/connectors (VendorHttp), nowhere else. */
const httpClients = [
  'node:http',
  'node:https',
  'http',
  'https',
  'undici',
  'axios',
  'got',
  'node-fetch',
];
const httpClientRule = {
  paths: httpClients.map((name) => ({
    name,
    message: 'Vendor HTTP goes through a libs/connectors client (see docs/architecture.md).',
  })),
};
const noFetch = {
  name: 'fetch',
  message: 'Vendor HTTP goes through a libs/connectors client (see docs/architecture.md).',
};

/** What a pure library may not import: anything that does I/O or needs a framework. */
const ioModules = [
  ...httpClients,
  'node:net',
  'net',
  'node:fs',
  'node:fs/promises',
  'fs',
  'node:child_process',
  'child_process',
  'node:dgram',
  'node:dns',
  'node:worker_threads',
  'pg',
  'typeorm',
  'kafkajs',
  'express',
  'avsc',
];

/*
 * What a service writes to a vendor goes through the document runtime (libs/documents): the
 * connectors' write calls belong in a document type's writer (a pusher, a `*.writer.ts`), where
 * the runtime leases, retries and records them. Anywhere else in an app they would be a write
 * with no idempotency key, no retry across restarts and no confirmation.
 */
const vendorWrites = [
  'amendSalesOrder',
  'authoriseSalesOrder',
  'cancelSalesOrder',
  'cancelSalesOrders',
  'createDespatchNote',
  'createGoodsInReceipt',
  'createPurchaseOrder',
  'createReceiptNote',
  'createReturnAuthorisation',
  'createSalesOrder',
  'pushStockLevels',
  'saveItemTypes',
  'savePurchaseOrders',
  'saveSalesOrders',
  'setAvailable',
  'setQuantityOnHand',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  { ignores: ['**/dist', '**/node_modules', '**/coverage', '.nx', '.stack'] },
  {
    files: ['**/*.ts'],
    rules: {
      // Tags in each project.json say who may import whom; see docs/architecture.md.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Apps import libs, never each other nor the simulators (type:tool).
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:lib', 'type:tool'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:tool'] },
            // Each library's "may import" row of docs/architecture.md, one tag per library.
            { sourceTag: 'lib:config', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'lib:telemetry', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'lib:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'lib:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'lib:resilience', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'lib:kafka',
              onlyDependOnLibsWithTags: ['lib:contracts', 'lib:resilience', 'lib:telemetry'],
            },
            {
              sourceTag: 'lib:service',
              onlyDependOnLibsWithTags: ['lib:config', 'lib:kafka', 'lib:telemetry'],
            },
            {
              sourceTag: 'lib:documents',
              onlyDependOnLibsWithTags: [
                'lib:contracts',
                'lib:kafka',
                'lib:resilience',
                'lib:telemetry',
              ],
            },
            {
              sourceTag: 'lib:world',
              onlyDependOnLibsWithTags: [
                'lib:contracts',
                'lib:kafka',
                'lib:resilience',
                'lib:service',
                'lib:telemetry',
              ],
            },
            {
              sourceTag: 'lib:connectors',
              onlyDependOnLibsWithTags: ['lib:config', 'lib:domain', 'lib:resilience'],
            },
            {
              sourceTag: 'lib:simulators',
              onlyDependOnLibsWithTags: ['lib:contracts', 'lib:domain', 'lib:resilience'],
            },
            // Pure libraries depend on pure libraries only (and, below, on no I/O package).
            { sourceTag: 'scope:pure', onlyDependOnLibsWithTags: ['scope:pure'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Only libs/connectors calls vendors over HTTP. The simulators and tools serve or probe
    // HTTP; the platform's registry client (kafka) and its health probe (service) are not
    // vendor calls; tests drive the sandbox.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [
      'apps/sandbox/**',
      'libs/connectors/**',
      'libs/simulators/**',
      'libs/kafka/**',
      'libs/service/**',
    ],
    rules: {
      'no-restricted-imports': ['error', httpClientRule],
      'no-restricted-globals': ['error', noFetch],
    },
  },
  {
    // Pure libraries (tag scope:pure): no I/O, no framework. Their specs and the contracts'
    // generators (libs/contracts/tools) may read files and use avsc.
    files: ['libs/domain/src/**/*.ts', 'libs/resilience/src/**/*.ts', 'libs/contracts/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({ name, message: 'A pure library does no I/O.' })),
          patterns: [
            {
              group: ['@nestjs/*', '@opentelemetry/*'],
              message: 'A pure library needs no framework.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', noFetch],
    },
  },
  {
    // libs/domain goes further: no package at all, its own files only.
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^[^.]',
              message: 'libs/domain is pure: it imports only its own files (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/**/*.ts'],
    ignores: ['apps/**/*-pusher.ts', 'apps/**/*.writer.ts', 'apps/**/*.spec.ts', 'apps/sandbox/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.type='MemberExpression'][callee.property.name=/^(${vendorWrites.join('|')})$/]`,
          message:
            'Vendor writes go through the document runtime: call this from a document type writer (*-pusher.ts, *.writer.ts), and ask for the document with DocumentRuntime.request.',
        },
      ],
    },
  },
];
