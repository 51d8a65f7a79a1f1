import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';

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
  return (
    <Field label={label} help={help} error={problem}>
      {(control) => <input {...input} {...control} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
