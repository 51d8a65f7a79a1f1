// The error type lives with the services that throw it; the IPC layer reports it to the window.
export { UserFacingError } from '../services/errors';
