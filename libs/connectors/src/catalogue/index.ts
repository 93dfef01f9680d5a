export type {
  CatalogueItem,
  CatalogueOutcome,
  CataloguePort,
  CataloguePrice,
  CatalogueTargetName,
} from './catalogue-port';
export { PeoplevoxCatalogue } from './peoplevox-catalogue';
export { ClarusCatalogue } from './clarus-catalogue';
export { SitooCatalogue } from './sitoo-catalogue';
export { LightspeedCatalogue } from './lightspeed-catalogue';
