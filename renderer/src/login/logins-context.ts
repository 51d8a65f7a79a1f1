import { createContext } from 'react';
import type { LoginsById } from '../hooks/use-login-tracker';

/**
 * Every login's latest progress, for parts deep in a memoized list (a row's login panel): only
 * the components that read it re-render when a login moves on, not every row.
 */
export const LoginsContext = createContext<LoginsById>({});
