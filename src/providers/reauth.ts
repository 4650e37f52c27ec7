/**
 * The one place an expired session is handled. A request answered 401 while the user still
 * holds a session waits here (see httpClient); one sign-in dialog (SessionExpiredDialog, in the
 * layout) answers every waiting request at once, and each then runs again. Nothing navigates
 * away, so no form is unmounted and no typed word is lost; react-admin's default (sign out on
 * 401) would leave the page.
 */
export type ReauthReason = 'save' | 'page';

interface Waiter {
  reason: ReauthReason;
  resolve: () => void;
  reject: () => void;
}

const waiters = new Set<Waiter>();
let open = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const reauth = {
  /**
   * Resolves once signed in again. 'save' (a write) rejects if the user cancels the dialog, so
   * the form can say the save failed and keep every value; 'page' (a read) keeps waiting, so
   * the page stays as it is and carries on after a later sign-in.
   */
  request(reason: ReauthReason) {
    return new Promise<void>((resolve, reject) => {
      waiters.add({ reason, resolve, reject });
      open = true;
      emit();
    });
  },
  /** Opens the dialog with nothing waiting: another tab found the shared session expired. */
  prompt() {
    open = true;
    emit();
  },
  signedIn() {
    const all = [...waiters];
    waiters.clear();
    open = false;
    emit();
    all.forEach((w) => w.resolve());
  },
  cancelled() {
    const saves = [...waiters].filter((w) => w.reason === 'save');
    saves.forEach((w) => waiters.delete(w));
    open = false;
    emit();
    saves.forEach((w) => w.reject());
  },
  /** What the dialog is open for, or null while it is closed. */
  current(): ReauthReason | null {
    if (!open) return null;
    return [...waiters].some((w) => w.reason === 'save') ? 'save' : 'page';
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
