import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Journey } from './journey.js';

const container = document.getElementById('journey');
if (!container) throw new Error('The page has no #journey container.');
createRoot(container).render(
  <StrictMode>
    <Journey />
  </StrictMode>,
);
