import { createApp } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import zhCn from 'element-plus/dist/locale/zh-cn.mjs';
import * as Icons from '@element-plus/icons-vue';
import { configure, loadUser, loadDictionaries, setHost } from '@anjian/console-sdk';
import 'element-plus/dist/index.css';
import 'element-plus/theme-chalk/dark/css-vars.css';
import './theme.css';
import App from './App.vue';
import LoginView from './views/LoginView.vue';
import { createConsoleRouter } from './router.js';
import { startSession } from './auth/session.js';

async function boot() {
  const config = await fetch('/console/config.json', { headers: { Accept: 'application/json' } }).then((r) => {
    if (!r.ok) throw new Error(`控制台配置不可用（HTTP ${r.status}）`);
    return r.json();
  });
  document.title = config.title;
  const session = await startSession(config);
  if (!session) {
    const login = createApp(LoginView, { config });
    login.use(ElementPlus, { locale: zhCn });
    login.mount('#app');
    return;
  }
  configure({ base: config.apiBase, authorization: () => session.authorization(), onUnauthorized: () => session.onUnauthorized() });
  await Promise.all([loadUser(), loadDictionaries()]);
  const app = createApp(App);
  const router = createConsoleRouter();
  app.use(createPinia());
  app.use(router);
  app.use(ElementPlus, { locale: zhCn });
  for (const [name, component] of Object.entries(Icons)) app.component('Icon' + name, component);
  app.provide('session', session);
  app.provide('config', config);
  setHost({
    navigate: (to) => router.push(to),
    query: () => ({ ...router.currentRoute.value.query }),
    setQuery: (query) => router.replace({ query }),
    notify: (message, type = 'info') => ElMessage({ message, type }),
  });
  app.mount('#app');
}

boot().catch((e) => {
  const root = document.getElementById('app');
  root.innerHTML = '';
  const main = document.createElement('main');
  main.className = 'boot boot--error';
  const h1 = document.createElement('h1');
  h1.textContent = '安监工作台暂时无法打开';
  const p = document.createElement('p');
  p.textContent = e.display || e.message || String(e);
  const again = document.createElement('button');
  again.textContent = '重新加载';
  again.onclick = () => window.location.reload();
  main.append(h1, p, again);
  root.append(main);
});
