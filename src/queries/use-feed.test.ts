// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { FailureState } from './feed-query';
import { useShownFailure } from './use-feed';

describe('useShownFailure', () => {
  const outage = new Error('HTTP 503');
  const later = new Error('timeout');

  it('keeps the last failure while the next attempt runs without data, and drops it on success', () => {
    const { result, rerender } = renderHook((state: FailureState) => useShownFailure(state), {
      initialProps: { error: null, failureReason: null, isSuccess: false } as FailureState,
    });
    expect(result.current).toBeNull();
    // The first attempt failed; retries go on.
    rerender({ error: null, failureReason: outage, isSuccess: false });
    expect(result.current).toBe(outage);
    // A new poll starts: TanStack Query clears error and reason while there is no data.
    rerender({ error: null, failureReason: null, isSuccess: false });
    expect(result.current).toBe(outage);
    rerender({ error: null, failureReason: later, isSuccess: false });
    expect(result.current).toBe(later);
    rerender({ error: null, failureReason: null, isSuccess: true });
    expect(result.current).toBeNull();
  });

  it('follows the query once it has data: the error while it lasts, nothing after a good poll', () => {
    const { result, rerender } = renderHook((state: FailureState) => useShownFailure(state), {
      initialProps: { error: null, failureReason: null, isSuccess: true } as FailureState,
    });
    rerender({ error: outage, failureReason: null, isSuccess: false });
    expect(result.current).toBe(outage);
    rerender({ error: null, failureReason: null, isSuccess: true });
    expect(result.current).toBeNull();
  });
});
