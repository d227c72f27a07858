/**
 * An error the user caused or can act on: the CLI prints its message as one line and exits non-zero.
 * Anything else is a bug and is reported as such.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
