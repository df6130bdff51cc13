// Whether anyone can see the widget: its tab is visible and its frame is on screen. Polling stops otherwise.

/** Calls `onChange` with the new state whenever it flips; returns the stop function. */
export function watchPageActivity(target: Element, onChange: (active: boolean) => void): () => void {
  let visible = document.visibilityState !== 'hidden';
  // On screen until told otherwise, so the first fetch never waits for the observer.
  let inView = true;
  let active = visible && inView;
  const update = () => {
    const next = visible && inView;
    if (next === active) return;
    active = next;
    onChange(active);
  };
  const onVisibility = () => {
    visible = document.visibilityState !== 'hidden';
    update();
  };
  document.addEventListener('visibilitychange', onVisibility);
  // Inside an iframe the implicit root is the top-level viewport, so a frame scrolled off the host page counts as out of view.
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver((entries) => {
          const latest = entries[entries.length - 1];
          if (!latest) return;
          inView = latest.isIntersecting;
          update();
        });
  observer?.observe(target);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    observer?.disconnect();
  };
}
