export type {
  CatalogueItem,
  CatalogueOutcome,
  CataloguePort,
  CataloguePrice,
  CatalogueTargetName,
} from './catalogue-port';
