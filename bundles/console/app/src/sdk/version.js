/** The console API this host speaks: domain pages declare the version they were written for. */
export const CONSOLE_API_VERSION = '1.0';

/** A page fits when its major version is the host's and its minor version is not newer. */
export function isCompatible(pageVersion, hostVersion = CONSOLE_API_VERSION) {
  const m = /^(\d+)\.(\d+)$/.exec(pageVersion || '');
  const h = /^(\d+)\.(\d+)$/.exec(hostVersion);
  if (!m || !h) return false;
  return m[1] === h[1] && Number(m[2]) <= Number(h[2]);
}
