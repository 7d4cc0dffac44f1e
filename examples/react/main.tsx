import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OrderPage } from './order-page.tsx';

const app = document.getElementById('app')!;
createRoot(app).render(
  <StrictMode>
    <OrderPage apiUrl={app.dataset.api!} />
  </StrictMode>,
);
