// The console's end-to-end test: real Chromium (Debian's package) driven by playwright-core against the running
// distribution and a real Keycloak. Started by itests' ConsoleE2EIT, which owns the processes:
//   ANJIAN_BASE  the distribution (http://127.0.0.1:PORT)
//   ANJIAN_OUT   where screenshots, downloads and the accessibility report go
//   CHROMIUM     the browser (default /usr/bin/chromium)
// It asks its host for what only the host can do (the Karaf shell) with a line "HOST <verb> <arg>" on stdout and
// waits for a line on stdin. It prints MEASURE lines, XLSX lines (files the host checks) and FAIL lines; its exit
// status is the number of failures (capped at 100).
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BASE = process.env.ANJIAN_BASE || 'http://127.0.0.1:8181';
const OUT = process.env.ANJIAN_OUT || 'target/console-e2e';
const SHOTS = join(OUT, 'screenshots');
const AXE = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'axe-core', 'axe.min.js');
mkdirSync(SHOTS, { recursive: true });

const failures = [];
const accessibility = {};
const stdin = createInterface({ input: process.stdin });
const replies = [];
const waiting = [];
stdin.on('line', (line) => (waiting.length ? waiting.shift()(line) : replies.push(line)));

function fail(message) {
  failures.push(message);
  console.log('FAIL ' + message);
}
function check(condition, message) {
  if (!condition) fail(message);
  return condition;
}
function measure(text) {
  console.log('MEASURE console ' + text);
}
/** Asks the host (the Java test) to act, and waits for its answer. */
async function host(verb, arg) {
  console.log(`HOST ${verb} ${arg}`);
  const line = replies.length ? replies.shift() : await new Promise((r) => waiting.push(r));
  if (line !== 'OK') throw new Error(`host could not ${verb} ${arg}: ${line}`);
}

// ------------------------------------------------------------------ the API, as the check's source of truth

const CREDENTIALS = (user) => 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64');
async function apiGet(user, path) {
  const r = await fetch(`${BASE}/api/v1${path}`, { headers: { Authorization: CREDENTIALS(user), Accept: 'application/json' } });
  if (!r.ok) throw new Error(`GET ${path} as ${user}: ${r.status} ${await r.text()}`);
  return r.json();
}
async function apiStatus(user, method, path, body) {
  const r = await fetch(`${BASE}/api/v1${path}`, {
    method, headers: { Authorization: CREDENTIALS(user), Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, body: await r.json().catch(() => null) };
}

// ------------------------------------------------------------------ the browser

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  return page;
}

/** Logs in through Keycloak's own form, as a user arriving from the portal does; returns the dashboard page. */
async function login(user) {
  const page = await newPage();
  await page.goto(`${BASE}/console/dashboard`);
  await page.waitForSelector('#username', { timeout: 30000 });
  await page.fill('#username', user);
  await page.fill('#password', user);
  await Promise.all([page.waitForURL(/\/console\//, { timeout: 30000 }), page.click('#kc-login')]);
  await dashboardReady(page);
  current = page;
  return page;
}

async function settled(page) {
  await page.waitForFunction(() => ![...document.querySelectorAll('.el-loading-mask')].some((m) => m.offsetParent !== null), null, { timeout: 30000 });
}

async function dashboardReady(page) {
  await page.waitForFunction(() => {
    const v = document.querySelector('[data-kpi=listed] .kpi__value');
    return v && /\d/.test(v.textContent) && document.querySelectorAll('.card canvas').length >= 4;
  }, null, { timeout: 60000 });
}

/** Navigates inside the application (the router), as a click on the menu does. */
async function navigate(page, path, ready) {
  await page.evaluate((p) => {
    document.querySelector('#app').__vue_app__.config.globalProperties.$router.push(p);
  }, path);
  if (ready) await page.waitForSelector(ready, { timeout: 30000 });
  await settled(page);
}

async function shot(page, name) {
  await page.waitForTimeout(300); // chart animations end
  await page.screenshot({ path: join(SHOTS, name + '.png'), fullPage: true });
}

/** axe-core on the page as it is once its animations end: serious and critical violations fail the test. */
async function axe(page, name) {
  // a toast or a transition caught half-faded measures the contrast of a colour nobody sees for long: wait for every
  // finite animation (CSS transitions included) to end; infinite ones (spinners) stay running by design
  await page.waitForFunction(() => document.getAnimations()
    .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), null, { timeout: 15000 });
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  accessibility[name] = result;
  for (const v of result.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    fail(`accessibility ${name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
  }
}

async function text(page, selector) {
  return (await page.textContent(selector, { timeout: 15000 })).trim();
}

async function number(page, selector) {
  return Number((await text(page, selector)).replace(/[^\d]/g, ''));
}

/** A small real PNG (a photo stand-in: 64×48, gradient). */
function png() {
  const w = 64;
  const h = 48;
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = 40 + x * 3;
      raw[o + 1] = 90 + y * 2;
      raw[o + 2] = 160;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function checkChar(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * (3 ** i % 31);
  return CHARSET[(31 - (sum % 31)) % 31];
}

let current = null;
async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
  } catch (e) {
    fail(`${name}: ${e.message.split('\n')[0]}`);
    if (current && !current.isClosed()) {
      await current.screenshot({ path: join(SHOTS, `failure-${name.replace(/\s+/g, '-')}.png`), fullPage: true }).catch(() => {});
      console.log(`FAIL ${name}: the page was at ${current.url()}`);
    }
  }
  console.log(`STEP ${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

// ------------------------------------------------------------------ township officer

let officerHazard = null;
await step('township officer', async () => {
  const page = await login('demo-chengguan');
  // cold: no cached file (and the SSO round trip again); warm: the browser's cache, as on a second visit
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  let t = Date.now();
  await page.goto(`${BASE}/console/dashboard`);
  await dashboardReady(page);
  const cold = Date.now() - t;
  t = Date.now();
  await page.reload();
  await dashboardReady(page);
  const warm = Date.now() - t;
  measure(`dashboard time to interactive (demo data, township officer): cold ${cold} ms, warm ${warm} ms`);

  const o = await apiGet('demo-chengguan', '/stats/overview');
  const shown = {};
  for (const k of ['enterprises', 'openHazards', 'majorOpen', 'overdue', 'supervised', 'listed']) shown[k] = await number(page, `[data-kpi=${k}] .kpi__value`);
  const expected = { enterprises: o.enterprises, openHazards: o.openHazards, majorOpen: o.openByGrade.MAJOR, overdue: o.overdue, supervised: o.supervised, listed: o.listed };
  check(JSON.stringify(shown) === JSON.stringify(expected), `the township's dashboard shows ${JSON.stringify(shown)}, the API says ${JSON.stringify(expected)}`);
  check(o.enterprises < 330 && o.enterprises > 0, `the township sees ${o.enterprises} enterprises, not the county's`);
  check(!(await page.$('text=系统管理')), 'a township officer is offered the administration menu');
  check(await page.isVisible('text=城关街道'), 'the header names the jurisdiction');

  // open an enterprise from the list
  await navigate(page, '/enterprises', '.anjian-list table tbody tr');
  const listed = await number(page, '.anjian-list__summary strong');
  const api = await apiGet('demo-chengguan', '/enterprises?limit=1');
  check(listed === api.total, `the list says ${listed} enterprises, the API ${api.total}`);
  const first = (await page.textContent('.anjian-list tbody tr:first-child a')).trim();
  await Promise.all([page.waitForURL(/\/console\/enterprises\/[0-9A-Z]{18}/, { timeout: 30000 }), page.click('.anjian-list tbody tr:first-child a')]);
  await page.waitForSelector('.page__head [data-credit-code]');
  check((await text(page, '.page__head h1')).startsWith(first), `the enterprise page shows ${first}`);
  const creditCode = page.url().split('/enterprises/')[1].split('?')[0];

  // register a hazard with a photo
  await page.click('.page__head button:has-text("登记隐患")');
  await page.waitForSelector('textarea[name=description]');
  await page.click('[aria-label=隐患类别]');
  await page.click('.el-select-dropdown__item:visible >> nth=0');
  const description = `消防通道堆放杂物（端到端测试 ${Date.now()}）`;
  await page.fill('textarea[name=description]', description);
  const deadline = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);
  await page.fill('[aria-label=整改期限]', deadline);
  await page.keyboard.press('Enter');
  await page.setInputFiles('input[type=file]', { name: '整改前现场照片.png', mimeType: 'image/png', buffer: png() });
  await shot(page, 'hazard-register');
  await axe(page, 'hazard-register');
  await Promise.all([page.waitForURL(/\/console\/hazards\/\d+$/, { timeout: 30000 }), page.click('button[type=submit]:has-text("登记")')]);
  officerHazard = Number(page.url().split('/').pop());
  await page.waitForSelector('.attachments__item img', { timeout: 30000 });

  // walk it to SUBMITTED
  for (const [action, field, value] of [['ASSIGN', '整改责任单位', '城关街道安监站'], ['START'], ['SUBMIT', '整改证据', '已清理通道，见整改后照片']]) {
    await page.click(`[data-action=${action}]`);
    if (field) await page.fill(`.el-dialog [aria-label=${field}]`, value);
    await page.click('[data-test=confirm-action]');
    await page.waitForSelector(`[data-action=${action}]`, { state: 'detached', timeout: 15000 });
  }
  await page.waitForSelector('.hazard-timeline .el-timeline-item >> nth=3');
  const steps = await page.$$eval('.hazard-timeline .el-timeline-item strong', (els) => els.map((e) => e.textContent.trim()));
  check(JSON.stringify(steps) === JSON.stringify(['登记', '交办', '开始整改', '提交复查']), `the timeline reads ${steps}`);
  const h = await apiGet('demo-chengguan', `/hazards/${officerHazard}`);
  check(h.status === 'SUBMITTED' && h.description === description && h.enterpriseCreditCode === creditCode, `the API has hazard ${officerHazard} as ${h.status}`);
  check(JSON.stringify(h.allowedActions) === JSON.stringify(['ACCEPT', 'REJECT']), `the API allows ${h.allowedActions} next`);
  const buttons = await page.$$eval('[data-action]', (els) => els.map((e) => e.dataset.action));
  check(JSON.stringify(buttons) === JSON.stringify(h.allowedActions), `the page offers ${buttons}, the API allows ${h.allowedActions}`);
  const files = await apiGet('demo-chengguan', `/hazards/${officerHazard}/attachments`);
  check(files.total === 1 && files.items[0].contentType === 'image/png', `the photo is stored as ${JSON.stringify(files.items)}`);

  // the officer's own registration reached them as a notification (broker → event stream)
  await page.waitForFunction(() => {
    const b = document.querySelector('.shell__bell .el-badge__content');
    return b && b.offsetParent !== null && Number(b.textContent) >= 1;
  }, null, { timeout: 20000 }).catch(() => fail('no notification reached the console after registering a hazard'));
  await navigate(page, '/notifications', '.el-table');
  await page.waitForSelector(`text=${h.enterpriseName}`, { timeout: 10000 }).catch(() => fail('the notification of the registered hazard is not listed'));
  await shot(page, 'notifications');
  await axe(page, 'notifications');
  await page.context().close();
});

// ------------------------------------------------------------------ grid member

await step('grid member', async () => {
  const page = await login('demo-grid');
  const o = await apiGet('demo-grid', '/stats/overview');
  check(await number(page, '[data-kpi=enterprises] .kpi__value') === o.enterprises, 'the grid member\'s dashboard shows the API\'s total');
  await navigate(page, '/enterprises', '.anjian-list table');
  const api = await apiGet('demo-grid', '/enterprises?limit=500');
  check(await number(page, '.anjian-list__summary strong') === api.total, 'the grid member\'s list shows the API\'s total');
  check(api.items.every((e) => e.gridCode === '330999001001001'), 'the API gives the grid member other grids\' enterprises');
  const names = await page.$$eval('.anjian-list tbody tr td:first-child', (els) => els.map((e) => e.textContent.trim()));
  check(names.every((n) => api.items.some((e) => e.name === n)), 'the list shows an enterprise outside the grid');
  await shot(page, 'grid-enterprises');
  await page.context().close();
});

// ------------------------------------------------------------------ leader

await step('leader', async () => {
  const page = await login('demo-leader');
  check(!(await page.$('text=系统管理')), 'a leader is offered the administration menu');
  const open = await apiGet('demo-leader', '/hazards?status=ASSIGNED&limit=1');
  await navigate(page, `/hazards/${open.items[0].id}`, '.hazard-timeline');
  check((await page.$$('[data-action]')).length === 0, 'a leader is offered hazard actions');
  check(!(await page.$('text=上传')), 'a leader is offered an upload');
  await navigate(page, '/hazards', '.anjian-list table');
  check(!(await page.$('.page__head button:has-text("登记隐患")')), 'a leader is offered registration');
  await navigate(page, '/enterprises', '.anjian-list table');
  check(!(await page.$('text=新增企业')), 'a leader is offered a new enterprise');
  await navigate(page, '/hazards/new', 'text=无权访问');
  await shot(page, 'forbidden');
  await axe(page, 'forbidden');
  await page.context().close();
});

// ------------------------------------------------------------------ bureau administrator

await step('bureau administrator', async () => {
  const page = await login('demo-admin');
  await shot(page, 'dashboard');
  await axe(page, 'dashboard');

  // a special-equipment enterprise, with the domain's tab
  const equipment = await apiGet('demo-admin', '/domains/special-equipment/equipment?limit=1');
  const seEnterprise = equipment.items[0].enterpriseCreditCode;
  const hasTab = async () => {
    await navigate(page, `/enterprises/${seEnterprise}`, '.el-tabs__item');
    return (await page.$$eval('.el-tabs__item', (els) => els.map((e) => e.textContent.trim()))).includes('特种设备');
  };
  const hasMenu = async () => {
    await navigate(page, '/dashboard', '[data-kpi=listed]');
    return !!(await page.$('[data-menu-group="特种设备"]'));
  };
  check(await hasMenu(), 'the special-equipment menu is missing while the domain is installed');
  check(await hasTab(), 'the special-equipment tab is missing while the domain is installed');
  await page.click('.el-tabs__item:has-text("特种设备")');
  await page.waitForSelector('[data-domain-page="special-equipment/enterprise-equipment"] .el-table__row', { timeout: 20000 });
  await shot(page, 'enterprise-tab-special-equipment');
  await axe(page, 'enterprise-tab-special-equipment');

  await host('uninstall', 'anjian-domain-special-equipment');
  check(!(await hasMenu()), 'the special-equipment menu stayed after the domain was uninstalled');
  check(!(await hasTab()), 'the special-equipment tab stayed after the domain was uninstalled');
  await shot(page, 'enterprise-without-special-equipment');
  await host('install', 'anjian-domain-special-equipment');
  check(await hasMenu(), 'the special-equipment menu did not come back after the domain was installed');
  check(await hasTab(), 'the special-equipment tab did not come back after the domain was installed');

  // the filtered enterprise list to Excel (the host checks the workbook's rows against the API)
  await navigate(page, '/enterprises?riskColour=RED', '.anjian-list table tbody tr');
  await shot(page, 'enterprises');
  await axe(page, 'enterprises');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), page.click('button:has-text("导出 Excel")')]);
  const file = join(OUT, 'enterprises-RED.xlsx');
  await download.saveAs(file);
  check(download.suggestedFilename().startsWith('一企一档-') && download.suggestedFilename().endsWith('.xlsx'), `the export is named ${download.suggestedFilename()}`);
  console.log(`XLSX ${file} riskColour=RED`);

  // bad input: a credit code whose check character is wrong — the API's message at the field, nothing written
  await navigate(page, '/enterprises/new', 'input[name=creditCode]');
  const first17 = '91330999MA2E9TK0' + 'Q';
  const wrong = CHARSET[(CHARSET.indexOf(checkChar(first17)) + 1) % 31];
  const code = first17 + wrong;
  await page.fill('input[name=creditCode]', code);
  await page.fill('input[name=name]', '示范县端到端测试有限公司');
  await page.fill('input[name=industryCode]', '2614');
  await page.click('[aria-label="所在村（社区）"]');
  await page.keyboard.type('文昌社区');
  await page.locator('.el-tree-node__content:visible').filter({ hasText: /^文昌社区$/ }).first().click();
  await page.fill('input[name=address]', '浙江省示范县城关街道解放路1号');
  const loggedBefore = page.errors.length;
  const [refusal] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/enterprises') && r.request().method() === 'POST', { timeout: 15000 }),
    page.click('button[type=submit]:has-text("保存")'),
  ]);
  const error = await page.waitForSelector('.el-form-item:has(input[name=creditCode]) .el-form-item__error', { timeout: 15000 });
  check(refusal.status() === 400, `the form's POST was answered ${refusal.status()}`);
  // the browser logs the refused request itself as a console error: that one was the point of this step
  page.errors.splice(loggedBefore, page.errors.length - loggedBefore,
    ...page.errors.slice(loggedBefore).filter((e) => !/status of 400/.test(e)));
  const shownError = (await error.textContent()).trim();
  const refused = await apiStatus('demo-admin', 'POST', '/enterprises', {
    creditCode: code, name: '示范县端到端测试有限公司', industryCode: '2614', address: '浙江省示范县城关街道解放路1号',
    regionCode: '330999001001', riskColour: 'BLUE', supervisingDepartments: ['应急管理局'],
  });
  const apiMessage = refused.body && refused.body.message.replace(/^creditCode: /, '');
  check(refused.status === 400 && refused.body.field === 'creditCode', `the API answers ${refused.status} ${JSON.stringify(refused.body)}`);
  check(shownError === apiMessage, `the form shows "${shownError}" at the credit code, the API says "${apiMessage}"`);
  check((await apiStatus('demo-admin', 'GET', `/enterprises/${code}`)).status === 404, 'the refused enterprise was written');
  await shot(page, 'enterprise-form-error');
  await axe(page, 'enterprise-form');

  // every other page: a screenshot and an accessibility scan
  const hazard = officerHazard || (await apiGet('demo-admin', '/hazards?limit=1')).items[0].id;
  const pages = [
    ['enterprise', `/enterprises/${seEnterprise}`, '.el-tabs__item'],
    ['enterprise-risk', `/enterprises/${seEnterprise}?tab=risk`, '.risk__explanation'],
    ['hazards', '/hazards?overdue=true', '.anjian-list table tbody tr'],
    ['hazard', `/hazards/${hazard}`, '.hazard-timeline'],
    ['modules', '/admin/modules', '.el-table__row'],
    ['exchange', '/admin/exchange', '[data-peer]'],
  ];
  // every menu page the installed domains contribute (GET /console/pages), without naming a domain here: the
  // page's component rendered inside its host, then the same screenshot and scan
  const contributed = (await apiGet('demo-admin', '/console/pages')).items.filter((p) => p.kind === 'PAGE');
  check(contributed.length >= 4, `too few domain pages: ${contributed.map((p) => p.route).join(', ')}`);
  for (const p of contributed) {
    pages.push([`${p.moduleId}-${p.id}`, p.route, `[data-domain-page="${p.moduleId}/${p.id}"] > *`]);
  }
  for (const [name, path, ready] of pages) {
    await navigate(page, path, ready);
    await shot(page, name);
    await axe(page, name);
  }
  await navigate(page, '/screen', '.screen__kpi');
  await page.waitForFunction(() => document.querySelectorAll('.screen canvas').length >= 4, null, { timeout: 30000 });
  await shot(page, 'screen');
  await axe(page, 'screen');
  check(page.errors.length === 0, `the administrator's pages logged errors: ${page.errors.slice(0, 5).join(' | ')}`);
  await page.context().close();
});

writeFileSync(join(OUT, 'accessibility.json'), JSON.stringify(accessibility, null, 2));
const minor = Object.values(accessibility).flat().filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
measure(`accessibility: ${Object.keys(accessibility).length} pages scanned, ${minor.length} moderate/minor findings (${[...new Set(minor.map((v) => v.id))].join(', ') || 'none'})`);
await browser.close();
stdin.close();
console.log(`DONE ${failures.length} failures`);
process.exit(Math.min(failures.length, 100));
