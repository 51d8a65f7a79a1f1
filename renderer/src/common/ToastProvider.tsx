import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ToastContext } from './toast-context';

const VISIBLE_MS = 6000;

/** The status region exists from the start so screen readers announce each new message. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ message: string; serial: number } | null>(null);
  const show = useCallback((message: string) => setToast((current) => ({ message, serial: (current?.serial ?? 0) + 1 })), []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  const toaster = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={toaster}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast ? (
          <div className="toast" key={toast.serial}>
            <p className="toast-message">{toast.message}</p>
            <button type="button" className="toast-dismiss" aria-label="Dismiss message" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </ToastContext.Provider>
  );
}
