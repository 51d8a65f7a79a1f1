import { useId, type ReactNode } from 'react';
import { FieldProblem } from './FieldProblem';

/** What the field's control takes so that its label, help and error reach screen readers with it. */
export interface FieldControl {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

interface FieldProps {
  readonly label: ReactNode;
  readonly help?: ReactNode;
  /** What is wrong with the value, shown under the help and announced with the control. */
  readonly error?: ReactNode;
  /** A checkbox comes before its label. */
  readonly checkbox?: boolean;
  readonly children: (control: FieldControl) => ReactNode;
}

/** One labelled control with its help and error, their ids wired into the control's aria attributes. */
export function Field({ label, help, error, checkbox = false, children }: FieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const control = children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined });
  const labelElement = (
    <label htmlFor={id} className="field-label">
      {label}
    </label>
  );
  return (
    <div className={checkbox ? 'field field-checkbox' : 'field'}>
      {checkbox ? control : labelElement}
      {checkbox ? labelElement : control}
      {help ? (
        <p id={helpId} className="field-help">
          {help}
        </p>
      ) : null}
      <FieldProblem id={errorId}>{error}</FieldProblem>
    </div>
  );
}
