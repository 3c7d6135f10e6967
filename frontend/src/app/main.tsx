import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { preloadEntryRoute, routes } from './routes';
import { defaultConfig, loadConfig } from '../lib/config';
import { initI18n } from '../lib/i18n';
import '../ui/styles.css';

export async function start(root: HTMLElement) {
  preloadEntryRoute(window.location.pathname);
  const [config] = await Promise.all([
    loadConfig().catch((e: unknown) => {
      console.warn('Using default configuration:', e);
      return defaultConfig;
    }),
    initI18n(),
  ]);
  // Loaded on first use: see AuthProvider.
  const userManager = () => import('../features/auth/userManager').then((m) => m.createUserManager(config));
  const router = createBrowserRouter(routes);
  createRoot(root).render(
    <StrictMode>
      <AppProviders config={config} userManager={userManager}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
