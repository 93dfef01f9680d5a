/** Injection token for edge's LocationMap (the world model's depot and store mappings). */
export const LOCATION_MAP = Symbol('LOCATION_MAP');
