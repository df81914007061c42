import { describe, it, expect } from 'vitest';
import { createSseParser } from '../src/stores/sse.js';

describe('server-sent events', () => {
  it('assembles events across chunks, with ids and types, and skips comments', () => {
    const events = [];
    const feed = createSseParser((e) => events.push(e));
    feed('retry: 5000\n: hello\n\nid: 7\nevent: notifi');
    feed('cation\ndata: {"a":');
    feed('1}\n\n: keep-alive\n\ndata: one\r\ndata: two\r\n\r\n');
    expect(events).toEqual([
      { id: '7', event: 'notification', data: '{"a":1}' },
      { id: '7', event: 'message', data: 'one\ntwo' },
    ]);
  });
});
