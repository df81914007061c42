import { defineStore } from 'pinia';
import { api, apiUrl, authorization, userKey } from '@anjian/console-sdk';
import { createSseParser } from './sse.js';

const MAX = 100;

/**
 * Notifications inside the user's jurisdiction: the latest ones at start (GET /notifications), then as they happen
 * (GET /events, server-sent events fed by the broker). Unread: newer than what the user last looked at.
 */
export const useNotificationsStore = defineStore('notifications', {
  state: () => ({ items: [], lastSeenAt: null, connected: false, lastId: null, toast: null }),
  getters: {
    unread: (s) => s.items.filter((i) => !s.lastSeenAt || i.notification.at > s.lastSeenAt).length,
  },
  actions: {
    async start(onNew) {
      this.lastSeenAt = localStorage.getItem(userKey('notifications:seen')) || null;
      try {
        const page = await api('/notifications', { query: { limit: 50 } });
        this.items = page.items;
        if (page.items.length) this.lastId = String(page.items[0].id);
        if (!this.lastSeenAt) this.markRead();
      } catch {
        // the stream below retries
      }
      this.controller = new AbortController();
      this.loop(onNew);
    },
    stop() {
      if (this.controller) this.controller.abort();
    },
    markRead() {
      this.lastSeenAt = new Date().toISOString();
      localStorage.setItem(userKey('notifications:seen'), this.lastSeenAt);
    },
    add(item, onNew) {
      if (this.items.some((i) => i.id === item.id)) return;
      this.items.unshift(item);
      this.items.splice(MAX);
      this.lastId = String(item.id);
      if (onNew) onNew(item);
    },
    async loop(onNew) {
      const signal = this.controller.signal;
      let failures = 0;
      while (!signal.aborted) {
        try {
          const headers = { Accept: 'text/event-stream', Authorization: await authorization() };
          if (this.lastId) headers['Last-Event-ID'] = this.lastId;
          const response = await fetch(apiUrl('/events'), { headers, signal });
          if (!response.ok) throw new Error('HTTP ' + response.status);
          this.connected = true;
          failures = 0;
          const parse = createSseParser((e) => {
            if (e.event === 'notification') this.add(JSON.parse(e.data), onNew);
          });
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            parse(value);
          }
        } catch (e) {
          if (signal.aborted) return;
          failures++;
        }
        this.connected = false;
        // the server ends a stream every few minutes: reconnect at once; after a failure wait, longer each time
        if (failures) await new Promise((r) => setTimeout(r, Math.min(30000, 2000 * failures)));
      }
    },
  },
});
