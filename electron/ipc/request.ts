import type { z } from 'zod';

/** Declares a request: the schema of its payload and (as a phantom type) its answer. */
export function request<O>() {
  return <I extends z.ZodType>(input: I): { readonly input: I; readonly output?: O } => ({ input });
}
