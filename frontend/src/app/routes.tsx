import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RequireAuth } from '../features/auth/components/RequireAuth';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const HomePage = lazy(() => import('../features/home/routes/HomePage'));
const CallbackPage = lazy(() => import('../features/auth/routes/CallbackPage'));
const OrgUnitsPage = lazy(() => import('../features/orgunits/routes/OrgUnitsPage'));
const MePage = lazy(() => import('../features/account/routes/MePage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'auth/callback', element: <CallbackPage /> },
      {
        path: 'org-units',
        element: (
          <RequireAuth>
            <OrgUnitsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'me',
        element: (
          <RequireAuth>
            <MePage />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
