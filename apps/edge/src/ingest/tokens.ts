/** Injection token for edge's LocationMap (configured depot and store mappings). */
export const EDGE_LOCATIONS = Symbol('EDGE_LOCATIONS');
