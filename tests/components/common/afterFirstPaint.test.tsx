import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AfterFirstPaint } from '../../../src/common/AfterFirstPaint';

describe('AfterFirstPaint (what the first paint does not show comes just after it)', () => {
  it('renders nothing at first, its children once the frame has painted', async () => {
    render(
      <>
        <p>first</p>
        <AfterFirstPaint>
          <p>later</p>
        </AfterFirstPaint>
      </>,
    );
    expect(screen.getByText('first')).toBeInTheDocument();
    expect(screen.queryByText('later')).toBeNull();
    expect(await screen.findByText('later')).toBeInTheDocument();
  });

  it('unmounted before the frame, schedules nothing more', () => {
    const frame = vi.spyOn(window, 'cancelAnimationFrame');
    const view = render(
      <AfterFirstPaint>
        <p>later</p>
      </AfterFirstPaint>,
    );
    view.unmount();
    expect(frame).toHaveBeenCalledTimes(1);
    frame.mockRestore();
  });
});
