import type { FocusEventHandler, KeyboardEventHandler } from 'react';
import { TextField } from '../common/TextField';

interface NumberFieldProps {
  readonly label: string;
  readonly help: string;
  readonly value: string;
  readonly min: number;
  readonly max: number;
  readonly problem: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onBlur?: FocusEventHandler<HTMLInputElement>;
  readonly onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
}

export function NumberField(props: NumberFieldProps) {
  return <TextField type="number" step={1} {...props} />;
}
