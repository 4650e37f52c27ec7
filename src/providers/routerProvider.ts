import { useCallback, type ReactNode } from 'react';
import { reactRouterProvider, type RouterNavigateFunction, type RouterProvider } from 'react-admin';
import { createHashRouter } from 'react-router-dom';

type AppRouter = ReturnType<typeof createHashRouter>;
type To = Parameters<RouterNavigateFunction>[0];

const LOGIN = '/login';
let appRouter: AppRouter | null = null;

const isLoginPage = (to: To) =>
  typeof to === 'string'
    ? to.split('?')[0] === LOGIN
    : typeof to === 'object' && to.pathname === LOGIN;

/**
 * The app's hash router, made once (react-admin's own is remade whenever <Admin> re-renders).
 * main.tsx renders it; tests bring their own memory router instead.
 */
export const createAppRouter = (app: ReactNode): AppRouter => {
  appRouter = createHashRouter([{ path: '*', element: app }]);
  return appRouter;
};

/**
 * react-admin's router, except that going to the sign-in page is rendered at once.
 *
 * React Router 7 applies every navigation inside `startTransition`, which React may interrupt.
 * On sign-out (and on a first visit, where react-admin signs the anonymous visitor out)
 * react-admin navigates to /login and, in the same tick, clears its query cache. The cleared
 * cache is an urgent update of the page still on screen: it asks `checkAuth` again, fails,
 * mounts `LogoutOnMount` again, which navigates again… Whenever the sign-in page takes longer
 * to render than one turn of that loop (a cold first visit on a busy machine), the transition
 * never commits: thousands of `#/login` history entries and 10–20 s of blank page.
 * With `flushSync` the sign-in page is committed before the cache is cleared, so the loop
 * cannot start. The option is the data router's own: the `navigate` of react-admin's nested
 * routes drops it, so it is given to the router itself.
 */
export const routerProvider: RouterProvider = {
  ...reactRouterProvider,
  useNavigate() {
    const navigate = reactRouterProvider.useNavigate();
    return useCallback<RouterNavigateFunction>(
      (to, options) => {
        if (typeof to === 'number' || !isLoginPage(to) || !appRouter) return navigate(to, options);
        void appRouter.navigate(to, { ...options, flushSync: true });
      },
      [navigate],
    );
  },
};
