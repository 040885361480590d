/**
 * Registers the service worker (dist/sw.js, generated at build by scripts/vite-plugins.ts)
 * so the app opens and works offline after the first visit. Production builds only: the dev
 * server never registers one, so nothing stale is cached while developing.
 *
 * Import it once for its effect:  import './register-sw.ts';
 */
export function registerServiceWorker(
  nav: Navigator = navigator,
  win: Window = window,
  isProduction: boolean = import.meta.env.PROD,
): void {
  if (!isProduction || !('serviceWorker' in nav)) return;
  const register = () => {
    // A failure (private mode, storage refused) only costs offline use: stay quiet.
    nav.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => undefined);
  };
  // After the page has loaded, so the worker's downloads never compete with the first screen.
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}

if (typeof window !== 'undefined') registerServiceWorker();
