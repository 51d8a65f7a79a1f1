import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/theme.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/authids.css';
import './styles/list-layout.css';
import './styles/detail.css';
import './styles/detail-ux.css';
import './styles/screens.css';
import './styles/authorize.css';
import './styles/transfer.css';
import './styles/duplicati.css';
import './styles/paste.css';
import './styles/storage-banner.css';
import './styles/settings-saved.css';
import './styles/welcome.css';
import './styles/row-login.css';
import './styles/secrets-file.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
