// The Content Security Policy the README tells deployments to send, built for a given feed origin, and how a test hears it refuse.
import type { Page } from 'playwright-core';

export function contentSecurityPolicy(options: { feedOrigin?: string; frameAncestors: string }): string {
  const connect = ["'self'", options.feedOrigin].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors}`,
  ].join('; ');
}

/** Pushes into `into` each console message in which Chromium reports a CSP violation. */
export function recordCspViolations(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) into.push(message.text());
  });
}
