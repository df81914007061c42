// How the console logs in: single sign-on through Keycloak (authorization code + PKCE S256, login required, no
// session iframe; tokens only in memory, refreshed before API calls), or — in the demo profile with single sign-on
// off — a login form against the demo users (HTTP basic, kept for this browser tab only).
import Keycloak from 'keycloak-js';

const DEMO_KEY = 'anjian:demo-login';

export async function startSession(config) {
  if (config.login === 'sso') {
    const kc = new Keycloak({ url: config.keycloak.url, realm: config.keycloak.realm, clientId: config.keycloak.clientId });
    await kc.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
    return {
      kind: 'sso',
      name: kc.tokenParsed?.name || kc.tokenParsed?.preferred_username,
      async authorization() {
        try {
          await kc.updateToken(30);
        } catch {
          await kc.login();
        }
        return 'Bearer ' + kc.token;
      },
      onUnauthorized() {
        kc.login();
      },
      logout() {
        return kc.logout({ redirectUri: window.location.origin + '/console/' });
      },
    };
  }
  if (config.login === 'demo-form') {
    const saved = sessionStorage.getItem(DEMO_KEY);
    if (!saved) return null;
    return demoSession(saved);
  }
  throw new Error('此安装未配置登录方式（单点登录未启用，演示登录已关闭）');
}

function demoSession(credentials) {
  return {
    kind: 'demo',
    name: atobUtf8(credentials).split(':')[0],
    async authorization() {
      return 'Basic ' + credentials;
    },
    onUnauthorized() {
      sessionStorage.removeItem(DEMO_KEY);
      window.location.assign('/console/');
    },
    logout() {
      sessionStorage.removeItem(DEMO_KEY);
      window.location.assign('/console/');
    },
  };
}

export function btoaUtf8(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function atobUtf8(b64) {
  return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
}

/** Checks demo credentials against the API; resolves when they open it, rejects with a message otherwise. */
export async function demoLogin(apiBase, username, password) {
  const credentials = btoaUtf8(`${username}:${password}`);
  let response;
  try {
    response = await fetch(apiBase + '/me', { headers: { Authorization: 'Basic ' + credentials, Accept: 'application/json' } });
  } catch {
    throw new Error('无法连接服务器，请稍后重试');
  }
  if (response.status === 401) throw new Error('用户名或密码不正确');
  if (!response.ok) throw new Error(`登录失败（HTTP ${response.status}）`);
  sessionStorage.setItem(DEMO_KEY, credentials);
}
