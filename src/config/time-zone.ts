// Whether config.json's timeZone is one this browser knows: a plain Intl check, below every layer that formats times.
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
