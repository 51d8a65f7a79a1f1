/**
 * An error whose message is written for the user and is safe to show: it says what went
 * wrong and what to do next, and never contains a secret. Anything else thrown in main is
 * reported to the renderer as a generic failure.
 */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
