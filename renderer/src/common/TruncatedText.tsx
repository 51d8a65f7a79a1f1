/** One line with an ellipsis; the full text stays in the DOM and in the tooltip. */
export function TruncatedText({ text, className }: { text: string; className?: string }) {
  return (
    <span className={`truncate${className ? ` ${className}` : ''}`} title={text}>
      {text}
    </span>
  );
}
