import type { Navigate, Screen } from './screen';
import { SHORTCUTS } from './shortcuts';

interface NavItem {
  readonly name: Exclude<Screen['name'], 'detail'>;
  readonly label: string;
  readonly shortcut?: { readonly hint: string; readonly aria?: string };
}

const ITEMS: readonly NavItem[] = [
  { name: 'authids', label: 'AuthIDs' },
  { name: 'authorize', label: 'Authorize', shortcut: { hint: SHORTCUTS.authorize.label, aria: SHORTCUTS.authorize.aria } },
  { name: 'paste', label: 'Paste', shortcut: { hint: `${SHORTCUTS.paste.label} on the AuthID list` } },
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
              title={item.shortcut ? `${item.label} (${item.shortcut.hint})` : undefined}
              aria-keyshortcuts={item.shortcut?.aria}
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
