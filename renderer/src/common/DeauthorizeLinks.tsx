import { ExternalLinkButton } from './ExternalLinkButton';

export function DeauthorizeLinks({ urls }: { urls: readonly string[] }) {
  if (urls.length === 0) return null;
  return (
    <ul className="link-list">
      {urls.map((url) => (
        <li key={url}>
          <ExternalLinkButton url={url} label="Open the provider's app-access page" />
        </li>
      ))}
    </ul>
  );
}
