/**
 * Owns: the device token of a kiosk or display. It arrives once in the URL (`?token=…`, set up
 * by an administrator or the demo redirect) and is kept in localStorage, so a restart of the
 * browser or a bookmark without the token still works.
 * Why it is removed from the address bar: the wall display's URL is visible to everyone.
 */
const STORAGE_KEY = 'aufruf.deviceToken';

export function takeDeviceToken(location: Location = window.location): string | undefined {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      localStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Private mode or a locked-down kiosk profile: the URL token still works for this session.
    }
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
