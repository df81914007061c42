// What the console host gives domain pages besides the API: navigation and the current route's query.
const host = {
  navigate: (to) => { window.location.assign('/console' + to); },
  query: () => Object.fromEntries(new URLSearchParams(window.location.search)),
  setQuery: () => {},
  notify: (message, type = 'info') => console.info(type, message), // replaced by the host
};

export function setHost(h) {
  Object.assign(host, h);
}

/** Goes to a console route (/hazards?overdue=true). */
export function navigate(to) {
  host.navigate(to);
}

/** The query of the current route. */
export function routeQuery() {
  return host.query();
}

/** Replaces the query of the current route (keeps a page's filters in the address). */
export function setRouteQuery(query) {
  host.setQuery(query);
}

/** A short message to the user. */
export function notify(message, type = 'info') {
  host.notify(message, type);
}
