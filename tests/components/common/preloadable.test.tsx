import '@testing-library/jest-dom/vitest';
import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from '../../../src/common/preloadable';

/** A module whose arrival the test decides. */
const deferred = () => {
  let settle = { resolve: (_: unknown) => {}, reject: (_: unknown) => {} };
  const promise = new Promise((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
};

const Part = ({ word }: { word: string }) => <p>{word}</p>;
const Counter = () => {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>clicked {n}</button>;
};
const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>loading</p>}>{node}</Suspense>;

describe('preloadable (a lazy component that preload settles)', () => {
  it('once preloaded, shows the part on its first render, with no loading state', async () => {
    const load = vi.fn(async () => Part);
    const Lazy = preloadable(load);
    await Lazy.preload();
    render(inSuspense(<Lazy word="ready" />));
    expect(screen.getByText('ready')).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('not preloaded, loads on first render behind the fallback; a preload meanwhile asks once', async () => {
    const module = deferred();
    const load = vi.fn(() => module.promise.then(() => Part));
    const Lazy = preloadable(load);
    render(inSuspense(<Lazy word="later" />));
    expect(screen.getByText('loading')).toBeInTheDocument();
    void Lazy.preload();
    await act(async () => module.resolve(undefined));
    expect(await screen.findByText('later')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a part shown before its module arrived mounted: its state survives a re-render', async () => {
    const module = deferred();
    const Lazy = preloadable(() => module.promise.then(() => Counter));
    const view = render(inSuspense(<Lazy />));
    await act(async () => module.resolve(undefined));
    await act(async () => (await screen.findByRole('button')).click());
    view.rerender(inSuspense(<Lazy />));
    expect(screen.getByRole('button')).toHaveTextContent('clicked 1');
  });

  it('forgets a failed load: the next preload asks again and succeeds', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return Part;
    });
    const Lazy = preloadable(load);
    await expect(Lazy.preload()).rejects.toThrow('offline');
    fail = false;
    await Lazy.preload();
    render(inSuspense(<Lazy word="back" />));
    expect(screen.getByText('back')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
