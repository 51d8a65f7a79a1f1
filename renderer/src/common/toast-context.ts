import { createContext, useContext } from 'react';

export interface Toaster {
  /** Shows a short confirmation in the status region (announced politely). */
  readonly show: (message: string) => void;
}

export const ToastContext = createContext<Toaster>({ show: () => {} });

export function useToast(): Toaster {
  return useContext(ToastContext);
}
