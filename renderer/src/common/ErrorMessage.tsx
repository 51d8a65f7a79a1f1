/** An API error shown next to the control that caused it; role=alert so it is announced. */
export function ErrorMessage({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p className="error-message" role="alert" id={id}>
      {message}
    </p>
  );
}
