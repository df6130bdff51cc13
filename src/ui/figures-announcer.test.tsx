// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { FiguresAnnouncer } from './figures-announcer';

describe('FiguresAnnouncer', () => {
  const region = (container: HTMLElement) => container.querySelector('[aria-live="polite"]');

  it('says nothing on load, nothing for the same figures, once for new ones, nothing for a new choice', () => {
    const { container, rerender } = render(<FiguresAnnouncer viewKey="P1|ytd" signature="1|2|3" message="A" />);
    expect(region(container)?.textContent).toBe('');
    rerender(<FiguresAnnouncer viewKey="P1|ytd" signature="1|2|3" message="A" />);
    expect(region(container)?.textContent).toBe('');
    rerender(<FiguresAnnouncer viewKey="P1|ytd" signature="1|2|4" message="B" />);
    expect(region(container)?.textContent).toBe('B');
    rerender(<FiguresAnnouncer viewKey="C1|ytd" signature="9|9|9" message="C" />);
    expect(region(container)?.textContent).toBe('');
  });
});
