// A parser of server-sent events (the text/event-stream format) for streams read with fetch, which — unlike
// EventSource — can send the Authorization header.
export function createSseParser(onEvent) {
  let buffer = '';
  let event = { id: null, event: 'message', data: [] };
  const dispatch = () => {
    if (event.data.length) onEvent({ id: event.id, event: event.event, data: event.data.join('\n') });
    event = { id: event.id, event: 'message', data: [] };
  };
  return (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1));
      if (line === '') {
        dispatch();
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') event.data.push(value);
      else if (field === 'event') event.event = value;
      else if (field === 'id') event.id = value;
    }
  };
}
