/**
 * References of amended orders on a WMS that amends by cancel-and-recreate (Peoplevox): the
 * first amendment of `SO000123` is placed as `SO000123-A1`, an amendment of that as
 * `SO000123-A2`, and so on. The next reference follows from the current one alone, so a
 * repeated amendment (after a lost answer) looks for the same reference and finds it.
 */
const AMENDED = /^(.+)-A([1-9]\d*)$/;

export function nextAmendmentReference(reference: string): string {
  const match = AMENDED.exec(reference);
  return match ? `${match[1]}-A${Number(match[2]) + 1}` : `${reference}-A1`;
}

/** The Prima order number a WMS reference was placed for, amended or not. */
export function orderNumberOf(reference: string): string {
  return AMENDED.exec(reference)?.[1] ?? reference;
}
