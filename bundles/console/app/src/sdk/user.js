import { reactive, readonly } from 'vue';
import { api } from './api.js';

const user = reactive({
  loaded: false, userId: '', roles: [], roleNames: [], jurisdiction: '', jurisdictionName: null,
  jurisdictionLevel: null, department: null, canWrite: false, admin: false, jurisdictionPath: [],
});

/** Reads the current user from the API (GET /me): roles, jurisdiction and what they may do. */
export async function loadUser() {
  Object.assign(user, await api('/me'), { loaded: true });
  return readonly(user);
}

export function useUser() {
  return readonly(user);
}

export function hasRole(...roles) {
  return roles.some((r) => user.roles.includes(r));
}

/** A key of this user's own settings (column choices and the like), kept in the browser. */
export function userKey(name) {
  return `anjian:${user.userId || 'anonymous'}:${name}`;
}
