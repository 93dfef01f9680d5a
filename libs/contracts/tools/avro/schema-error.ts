/** A schema file that is not valid Avro, or uses Avro outside the subset Parity allows. */
export class SchemaError extends Error {
  constructor(
    readonly where: string,
    problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'SchemaError';
  }
}
