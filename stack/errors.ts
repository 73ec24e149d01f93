/** A failure of the local stack that a person can fix: what went wrong, then how to fix it. */
export class StackError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(hint ? `${message}\n  → ${hint}` : message);
    this.name = "StackError";
  }
}
