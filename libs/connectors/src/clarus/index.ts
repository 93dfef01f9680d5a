export { ClarusClient, type ClarusClientOptions } from './clarus.client';
export { classifyGraphqlErrors } from './clarus-graphql';
export type * from './clarus.types';
