// @anjian/console-sdk: what the console gives its own pages and the pages of domain modules.
import './sdk.css';

export { configure, api, apiUrl, download, objectUrl, fileNameOf, ApiError, authorization } from './api.js';
export { loadUser, useUser, hasRole, userKey } from './user.js';
export { loadDictionaries, addDictionaries, label, options } from './dict.js';
export { formatDate, formatDateTime, formatLongDate, formatNumber, today, daysUntil } from './format.js';
export { loadRegions, forgetRegions, regionTree, regionPrefix, levelOf, codeOfPrefix } from './regions.js';
export { creditCodeProblem, checkCharacter, CREDIT_CODE_PATTERN } from './credit-code.js';
export { scopeCss, injectScopedStyles } from './scope-css.js';
export { CONSOLE_API_VERSION, isCompatible } from './version.js';
export { setHost, navigate, routeQuery, setRouteQuery, notify } from './host.js';
export { filterQuery, readColumns } from './list.js';
export { fieldError } from './errors.js';
export { enterpriseName } from './enterprises.js';
export { RiskTag, HazardStatusTag, SupervisionTag, GradeTag, DictTag, RISK_COLOURS } from './components/tags.js';
export { default as RegionPicker } from './components/RegionPicker.vue';
export { default as ListPage } from './components/ListPage.vue';
