/** The Web Locks the tabs of one browser coordinate with (navigator.locks; a fake in Node tests). */
export type TabLocks = Pick<LockManager, 'request' | 'query'>;

/** Takes `name` and keeps it until the tab closes (the browser then releases it); resolves once held. */
export const holdUntilClosed = (locks: TabLocks, name: string): Promise<void> =>
  new Promise((held) => {
    void locks.request(name, () => {
      held();
      return new Promise<never>(() => undefined);
    });
  });

/** Whether a lock starting with `prefix`, other than `mine`, is held: another tab is open. */
export const othersHold = async (locks: TabLocks, prefix: string, mine: string): Promise<boolean> => {
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name?.startsWith(prefix) && lock.name !== mine);
};
