export type {
  CatalogueItem,
  CatalogueOutcome,
  CataloguePort,
  CataloguePrice,
  CatalogueTargetName,
} from './catalogue-port';
export { peoplevoxCatalogue } from './peoplevox-catalogue';
export { clarusCatalogue } from './clarus-catalogue';
export { sitooCatalogue } from './sitoo-catalogue';
export { lightspeedCatalogue } from './lightspeed-catalogue';
