import { Admin, CustomRoutes, Resource, type Store } from 'react-admin';
import type { QueryClient } from '@tanstack/react-query';
import { Route } from 'react-router-dom';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { createI18nProvider, type LocaleAwareI18nProvider } from './providers/i18nProvider';
import { routerProvider } from './providers/routerProvider';
import { createStore } from './providers/store';
import { DirectionProvider } from './theme/DirectionProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { lazyScreen } from './common/lazyScreen';
import { articles } from './articles';
import { categories } from './categories';
import { tags } from './tags';
import { authors } from './authors';
import { photoCredits } from './photo-credits';
import { users } from './users';
import { activity } from './activity';

interface AppProps {
  /** Tests pass a memory store and a fresh i18nProvider; the app uses the defaults. */
  store?: Store;
  i18nProvider?: LocaleAwareI18nProvider;
  /** main.tsx passes the one it prefetched into; without it react-admin makes its own. */
  queryClient?: QueryClient;
}

/**
 * Screens load on first visit (see each resource's index.ts); the sign-in page, layout, menu
 * and providers ship in the entry chunk, so the first page downloads no screen it does not show.
 */
const Dashboard = lazyScreen(() => import('./dashboard/Dashboard'), 'Dashboard');
// Not the schedule barrel: its inputs would ride along into the entry chunk.
const SchedulePage = lazyScreen(() => import('./schedule/SchedulePage'), 'SchedulePage');

const defaultStore = createStore();
const defaultI18nProvider = createI18nProvider();

export const App = ({
  store = defaultStore,
  i18nProvider = defaultI18nProvider,
  queryClient,
}: AppProps) => (
  <DirectionProvider i18nProvider={i18nProvider}>
    {(themes) => (
      <Admin
        title="nd.layout.app_title"
        dataProvider={dataProvider}
        authProvider={authProvider}
        queryClient={queryClient}
        i18nProvider={i18nProvider}
        store={store}
        routerProvider={routerProvider}
        disableTelemetry
        theme={themes.light}
        darkTheme={themes.dark}
        layout={Layout}
        loginPage={LoginPage}
        dashboard={Dashboard}
        requireAuth
      >
        <Resource name="articles" {...articles} />
        <Resource name="categories" {...categories} />
        <Resource name="tags" {...tags} />
        <Resource name="authors" {...authors} />
        <Resource name="photo-credits" {...photoCredits} />
        <Resource name="users" {...users} />
        <Resource name="activity" {...activity} />
        <CustomRoutes>
          <Route path="/schedule" element={<SchedulePage />} />
        </CustomRoutes>
      </Admin>
    )}
  </DirectionProvider>
);
