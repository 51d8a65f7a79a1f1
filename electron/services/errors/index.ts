// The error whose message is safe and useful to show the user.
export { UserFacingError } from './user-facing-error';
