import { createRouter, createWebHistory } from 'vue-router';
import { useUser } from '@anjian/console-sdk';
import { useModulesStore } from './stores/modules.js';
import AppLayout from './layout/AppLayout.vue';

const ADMIN = ['bureau-admin'];

export const routes = [
  { path: '/', redirect: '/dashboard' },
  { path: '/screen', name: 'screen', component: () => import('./views/ScreenView.vue'), meta: { title: '大屏' } },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: 'dashboard', name: 'dashboard', component: () => import('./views/DashboardView.vue'), meta: { title: '驾驶舱' } },
      { path: 'enterprises', name: 'enterprises', component: () => import('./views/EnterpriseList.vue'), meta: { title: '一企一档' } },
      { path: 'enterprises/new', name: 'enterprise-new', component: () => import('./views/EnterpriseForm.vue'), meta: { title: '新增企业', write: true } },
      { path: 'enterprises/:creditCode', name: 'enterprise', component: () => import('./views/EnterpriseDetail.vue'), meta: { title: '企业档案' } },
      { path: 'enterprises/:creditCode/edit', name: 'enterprise-edit', component: () => import('./views/EnterpriseForm.vue'), meta: { title: '编辑企业', write: true } },
      { path: 'hazards', name: 'hazards', component: () => import('./views/HazardList.vue'), meta: { title: '隐患台账' } },
      { path: 'hazards/new', name: 'hazard-new', component: () => import('./views/HazardRegister.vue'), meta: { title: '登记隐患', write: true } },
      { path: 'hazards/:id(\\d+)', name: 'hazard', component: () => import('./views/HazardDetail.vue'), meta: { title: '隐患详情' } },
      { path: 'notifications', name: 'notifications', component: () => import('./views/NotificationsView.vue'), meta: { title: '消息通知' } },
      { path: 'admin/modules', name: 'modules', component: () => import('./views/admin/ModulesView.vue'), meta: { title: '模块管理', roles: ADMIN } },
      { path: 'admin/exchange', name: 'exchange', component: () => import('./views/admin/ExchangeView.vue'), meta: { title: '数据交换', roles: ADMIN } },
      { path: 'domains/:pathMatch(.*)*', name: 'domain', component: () => import('./views/DomainPageView.vue'), meta: { title: '专项监管' } },
      { path: 'forbidden', name: 'forbidden', component: () => import('./views/ForbiddenView.vue'), meta: { title: '无权访问' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { title: '页面不存在' } },
    ],
  },
];

/** May this user open a route: its roles, and write access for forms that write. */
export function allowed(meta, user) {
  if (meta.roles && !meta.roles.some((r) => user.roles.includes(r))) return false;
  if (meta.write && !user.canWrite) return false;
  return true;
}

export function createConsoleRouter() {
  const router = createRouter({ history: createWebHistory('/console/'), routes });
  router.beforeEach(async (to) => {
    const modules = useModulesStore();
    // the menu follows the installed domains: re-read at every navigation (no restart, no reload)
    await modules.refresh();
    if (!allowed(to.meta, useUser())) return { name: 'forbidden', query: { from: to.fullPath } };
    return true;
  });
  router.afterEach((to) => {
    document.title = `${to.meta.title || '安监工作台'} - 安监工作台`;
  });
  return router;
}
