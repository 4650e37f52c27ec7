import { useEffect, useRef } from 'react';
import { useLocation, useLogout, useNavigate } from 'react-admin';
import { session, type SessionChange } from '../providers/session';

const useSessionChange = (change: SessionChange, act: () => void) => {
  const latest = useRef(act);
  useEffect(() => {
    latest.current = act;
  });
  useEffect(() => session.subscribe((c) => c === change && latest.current()), [change]);
};

interface NextPage {
  nextPathname?: string;
  nextSearch?: string;
}

/** On the sign-in page: another tab signed in, so this one goes where it was going, as useLogin would. */
export const SignedInElsewhere = () => {
  const navigate = useNavigate();
  const state = useLocation().state as NextPage | null;
  useSessionChange('signed-in', () =>
    navigate(state?.nextPathname ? `${state.nextPathname}${state.nextSearch ?? ''}` : '/'),
  );
  return null;
};

/** In the app: another tab signed out, so this one does too. */
export const SignedOutElsewhere = () => {
  const logout = useLogout();
  useSessionChange('signed-out', () => void logout());
  return null;
};
