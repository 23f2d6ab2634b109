// renderer/ owns what the researcher sees: React screens that reach the
// engine only through api.ts, the same in the desktop and the web shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
