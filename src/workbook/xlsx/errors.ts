/**
 * Misuse of the xlsx adapter is a typed exception (data problems are domain `Problem` values).
 * The command line tells these apart from bugs by class.
 */
export class XlsxAdapterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The spec names a sheet that already exists: the domain should have made names unique. */
export class SheetExistsError extends XlsxAdapterError {
  constructor(readonly sheet: string) {
    super(`A worksheet named "${sheet}" already exists; generated sheets never replace one.`);
  }
}

/** The spec cannot be written as given (bad range, bad name, non-finite number…). */
export class InvalidSpecError extends XlsxAdapterError {
  constructor(
    readonly sheet: string,
    detail: string
  ) {
    super(`Sheet "${sheet}": ${detail}`);
  }
}
