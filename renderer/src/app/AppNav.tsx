import type { Navigate, Screen } from './screen';

const ITEMS: readonly { readonly name: Exclude<Screen['name'], 'detail'>; readonly label: string }[] = [
  { name: 'authids', label: 'AuthIDs' },
  { name: 'authorize', label: 'Authorize' },
  { name: 'paste', label: 'Paste' },
  { name: 'duplicati', label: 'Duplicati' },
  { name: 'settings', label: 'Settings' },
];

export function AppNav({ current, onNavigate }: { current: Screen; onNavigate: Navigate }) {
  // An AuthID's detail page belongs to the AuthIDs section.
  const section = current.name === 'detail' ? 'authids' : current.name;
  return (
    <nav className="app-nav" aria-label="Main">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.name}>
            <button
              type="button"
              className="nav-button"
              aria-current={section === item.name ? 'page' : undefined}
              onClick={() => onNavigate({ name: item.name })}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
