/** The first tab stop: past the navigation to the screen itself (hidden until focused). */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        const main = document.getElementById('main');
        (main?.querySelector<HTMLElement>('h1') ?? main)?.focus();
      }}
    >
      Skip to the screen
    </a>
  );
}
