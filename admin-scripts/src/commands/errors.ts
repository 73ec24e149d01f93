/** An error whose message is all the operator needs: printed without a stack trace, exit code 1. */
export class CliError extends Error {}
