import { useId, type InputHTMLAttributes } from 'react';
import { FieldProblem } from './FieldProblem';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  readonly label: string;
  readonly help: string;
  readonly value: string;
  /** What is wrong with the value, shown under the help and announced with the input. */
  readonly problem?: string | undefined;
  readonly onChange: (value: string) => void;
}

/** A labelled input with its help text and, when there is one, what is wrong with it. */
export function TextField({ label, help, value, problem, onChange, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        {...input}
        id={id}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-help`} className="field-help">
        {help}
      </p>
      <FieldProblem id={`${id}-problem`}>{problem}</FieldProblem>
    </div>
  );
}
