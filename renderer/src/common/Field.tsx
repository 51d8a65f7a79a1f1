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
  /** Help under the control; a function renders an element of its own with the given id (a live strength meter). */
  readonly help?: ReactNode | ((id: string) => ReactNode);
  /** What is wrong with the value, shown under the help and announced with the control. */
  readonly error?: ReactNode;
  /** The error comes from an action (Open, Save), not from typing: announce it as it appears. */
  readonly errorIsAlert?: boolean;
  /** A live note beside the label ("Saving…", "Saved"). */
  readonly status?: ReactNode;
  /** Read by screen readers only, where the control says what it is (a search box, "Sort: …"). */
  readonly labelHidden?: boolean;
  /** Layout class of the field's box, beside `field`. */
  readonly className?: string;
  /** A checkbox comes before its label. */
  readonly checkbox?: boolean;
  readonly children: (control: FieldControl) => ReactNode;
}

/** One labelled control with its help and error, their ids wired into the control's aria attributes. */
export function Field({ label, help, error, errorIsAlert = false, status, labelHidden = false, className, checkbox = false, children }: FieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const control = children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined });
  const labelElement = (
    <label htmlFor={id} className={labelHidden ? 'field-label visually-hidden' : 'field-label'}>
      {label}
    </label>
  );
  return (
    <div className={['field', checkbox ? 'field-checkbox' : '', className ?? ''].filter(Boolean).join(' ')}>
      {checkbox ? control : labelElement}
      {checkbox ? labelElement : control}
      {status}
      {typeof help === 'function' ? (
        help(helpId)
      ) : help ? (
        <div id={helpId} className="field-help">
          {help}
        </div>
      ) : null}
      <FieldProblem id={errorId} alert={errorIsAlert}>
        {error}
      </FieldProblem>
    </div>
  );
}
