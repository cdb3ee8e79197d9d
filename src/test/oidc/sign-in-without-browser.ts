/**
 * A sign-in at the fake Feide or ID-porten without a browser: follows the redirects from the
 * authorization URL, fills in the login page and stops at the redirect back to Varde, carrying the
 * provider's cookies as a browser would. For tests that drive Varde's callback without Playwright.
 */

export interface SignInWithoutBrowserOptions {
  /** The provider's authorization URL, as the client built it. */
  authorizationUrl: string | URL;
  /** What to type into the login page: a Feide name, or an 11-digit national identity number. */
  identity: string;
  /** The redirect back to Varde starts with this (Varde's public URL). */
  varde: string;
  /** Press "Avbryt" instead of "Logg inn". */
  cancel?: boolean;
  /** Cookies from an earlier sign-in: the provider's session, for single sign-on and sign-out. */
  cookies?: CookieJar;
}

export interface SignInWithoutBrowserResult {
  /** The URL the provider sent the browser back to (Varde's callback, with code and state). */
  callbackUrl: URL;
  /** The login page's HTML, when the provider showed one (none when its session still held). */
  loginPage: string | undefined;
  cookies: CookieJar;
}

export async function signInWithoutBrowser(options: SignInWithoutBrowserOptions): Promise<SignInWithoutBrowserResult> {
  const cookies = options.cookies ?? new CookieJar();
  let loginPage: string | undefined;
  let url = new URL(options.authorizationUrl);
  let init: RequestInit = { method: 'GET' };
  for (let hop = 0; hop < 20; hop++) {
    const response = await cookies.fetch(url, init);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(options.varde)) return { callbackUrl: next, loginPage, cookies };
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const html = await response.text();
    if (response.status !== 200 || loginPage !== undefined) throw new Error(`Unexpected answer ${response.status} from ${url.href}: ${html.slice(0, 500)}`);
    loginPage = html;
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`No login form at ${url.href}`);
    url = new URL(action, url);
    const form = new URLSearchParams({ identity: options.identity });
    if (options.cancel) form.set('avbryt', '1');
    init = { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('Too many redirects');
}

/** The cookies of one host, as a browser keeps them (path and expiry kept simple: all are sent). */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  async fetch(url: URL | string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0) headers.set('cookie', [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=.*1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (!value || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return response;
  }
}
