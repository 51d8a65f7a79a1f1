import type { ReactNode } from 'react';

/** What is wrong with a field, under it; the field names `id` in its aria-describedby. Nothing when all is well. */
export function FieldProblem({ id, alert = false, children }: { readonly id: string; readonly alert?: boolean; readonly children: ReactNode }) {
  return children ? (
    <p id={id} className="field-error" role={alert ? 'alert' : undefined}>
      {children}
    </p>
  ) : null;
}
