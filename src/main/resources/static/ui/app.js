// The planner's page: plain JavaScript over the public API, loaded from this file only (the page's
// Content-Security-Policy allows no inline script). Every answer that is not 2xx is shown as its problem's
// title and detail.
'use strict';

const SEVERITY_ORDER = { ERROR: 0, WARNING: 1, INFO: 2 };
const state = {
  source: null,
  findings: [],
  sort: { key: 'severity', direction: 1 },
  subnets: [],
  subnetSort: { key: 'name', direction: 1 }
};

function element(id) {
  return document.getElementById(id);
}

function make(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function scenario() {
  return document.querySelector('input[name="scenario"]:checked').value;
}

// In token and oidc modes the API wants a bearer token. The page keeps it in sessionStorage (this tab only, gone when
// it closes) and sends it in the Authorization header, never in a URL.
const TOKEN_KEY = 'eksplanner.token';

function token() {
  return window.sessionStorage.getItem(TOKEN_KEY) || '';
}

function showTokenState() {
  element('token-state').textContent = token() ? 'A token is set for this tab.' : 'No token set.';
}

/** Calls the API; resolves with the answer's text, or rejects with its problem. */
async function call(method, url, body, contentType) {
  const init = { method, headers: { Accept: 'application/json, image/svg+xml, text/plain, application/problem+json' } };
  if (token()) {
    init.headers.Authorization = 'Bearer ' + token();
  }
  if (body !== undefined) {
    init.body = body;
    init.headers['Content-Type'] = contentType;
  }
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) {
    let problem;
    try {
      problem = JSON.parse(text);
    } catch (ignored) {
      problem = { title: response.status + ' ' + response.statusText, detail: text.slice(0, 300) };
    }
    const error = new Error(problem.detail || problem.title);
    error.problem = problem;
    error.status = response.status;
    throw error;
  }
  return text;
}

function showProblem(error) {
  const box = element('error');
  const problem = error.problem || { title: 'The request failed', detail: error.message };
  box.replaceChildren(make('h2', problem.title || 'Error'), make('p', problem.detail || ''));
  if (error.status === 401) {
    box.append(make('p', token()
      ? 'The token was not accepted: check it, or ask for a new one, and enter it under "Bearer token".'
      : 'This planner asks who you are: enter your bearer token under "Bearer token" above.', 'advice'));
  } else if (error.status === 403 && problem.type && problem.type.endsWith('/forbidden')) {
    box.append(make('p', 'Your token\'s role may not do this: reading needs a viewer, storing an editor.', 'advice'));
  }
  if (Array.isArray(problem.errors) && problem.errors.length > 0) {
    const list = make('ul');
    for (const item of problem.errors) {
      const where = item.field || item.path || item.pointer || '';
      list.append(make('li', (where ? where + ': ' : '') + (item.message || item.detail || JSON.stringify(item))));
    }
    box.append(list);
  }
  box.hidden = false;
}

function clearProblem() {
  element('error').hidden = true;
  element('error').replaceChildren();
}

async function loadClusters(selected) {
  const page = JSON.parse(await call('GET', '/api/v1/clusters?size=100'));
  const select = element('cluster');
  select.replaceChildren();
  if (page.items.length === 0) {
    select.append(make('option', '(none stored yet)'));
    select.lastChild.value = '';
  }
  for (const cluster of page.items) {
    const option = make('option', cluster.name + ' (' + cluster.region + ')');
    option.value = cluster.name;
    select.append(option);
  }
  if (selected) {
    select.value = selected;
  }
}

function looksLikeJson(text) {
  return text.trim().startsWith('{');
}

/** A pasted text as a topology document: JSON as it is, YAML through the import's dry run. */
async function toDocument(text) {
  if (looksLikeJson(text)) {
    return text;
  }
  const imported = JSON.parse(await call('POST', '/api/v1/imports?dryRun=true', text, 'application/yaml'));
  return JSON.stringify(imported.topology);
}

/** Fetches the diagrams and the validation for the current source. */
async function render() {
  if (!state.source) {
    return;
  }
  clearProblem();
  const query = '?scenario=' + encodeURIComponent(scenario());
  const stored = state.source.cluster;
  const base = stored ? '/api/v1/clusters/' + encodeURIComponent(stored) : null;
  const get = (path) => call('GET', base + path);
  const post = (path) => call('POST', '/api/v1' + path, state.source.document, 'application/json');
  const [report, ipPlan, network, balancers] = await Promise.all([
    stored ? get('/validation') : post('/validations'),
    stored ? get('/ip-plan' + query) : post('/ip-plans' + query),
    stored ? get('/diagrams/network.svg' + query) : post('/diagrams/network.svg' + query),
    stored ? get('/diagrams/load-balancers.svg' + query) : post('/diagrams/load-balancers.svg' + query)
  ]);
  showReport(JSON.parse(report));
  state.subnets = JSON.parse(ipPlan).subnets;
  showSubnets();
  showSvg('network', network);
  showSvg('load-balancers', balancers);
  showLinks(base, query);
  element('node-section').hidden = true;
  element('title').textContent = stored ? 'Cluster ' + stored : 'Posted document (not stored)';
  element('result').hidden = false;
}

/** Puts an SVG answer into the page as inline SVG (parsed as XML, so nothing in it runs). */
function showSvg(id, text) {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const figure = element(id);
  if (parsed.getElementsByTagName('parsererror').length > 0) {
    figure.replaceChildren(make('p', 'The diagram could not be read.'));
    return;
  }
  figure.replaceChildren(document.importNode(parsed.documentElement, true));
}

function showLinks(base, query) {
  const links = element('links');
  links.replaceChildren();
  if (!base) {
    return;
  }
  for (const [label, path] of [['network.svg', '/diagrams/network.svg'], ['load-balancers.svg',
    '/diagrams/load-balancers.svg'], ['network.mmd', '/diagrams/network.mmd'], ['load-balancers.mmd',
    '/diagrams/load-balancers.mmd'], ['plan (JSON)', '/plan'], ['IP plan (JSON)', '/ip-plan']]) {
    const link = make('a', label);
    link.href = base + path + (path.startsWith('/diagrams') ? query : '');
    links.append(link);
  }
}

function showReport(report) {
  const verdict = element('verdict');
  verdict.textContent = (report.valid ? 'Valid' : 'Not valid') + ': ' + report.summary.errors + ' errors, '
    + report.summary.warnings + ' warnings, ' + report.summary.infos + ' notes';
  verdict.className = report.valid ? 'verdict valid' : 'verdict invalid';
  state.findings = report.findings;
  showFindings();
}

function compare(a, b, key) {
  if (key === 'severity') {
    return (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9);
  }
  if (typeof a[key] === 'number' && typeof b[key] === 'number') {
    return a[key] - b[key];
  }
  return String(a[key] ?? '').localeCompare(String(b[key] ?? ''));
}

function showFindings() {
  const filter = element('filter').value.trim().toLowerCase();
  const { key, direction } = state.sort;
  const rows = state.findings
    .filter((f) => !filter || [f.code, f.path, f.message, f.hint].join(' ').toLowerCase().includes(filter))
    .sort((a, b) => direction * compare(a, b, key) || compare(a, b, 'path'));
  const body = element('findings').tBodies[0];
  body.replaceChildren();
  for (const finding of rows) {
    const row = make('tr', null, finding.severity);
    row.dataset.path = finding.path || '';
    for (const value of [finding.severity, finding.code, finding.path, finding.message, finding.hint]) {
      row.append(make('td', value));
    }
    body.append(row);
  }
  element('no-findings').hidden = state.findings.length > 0;
  element('findings').hidden = state.findings.length === 0;
  markSort('findings', state.sort);
}

function markSort(table, sort) {
  for (const button of document.querySelectorAll('#' + table + ' th button')) {
    const sorted = button.dataset.sort === sort.key;
    button.setAttribute('aria-sort', sorted ? (sort.direction > 0 ? 'ascending' : 'descending') : 'none');
  }
}

/** The IP plan's subnets in the scenario shown, sorted and filtered like the findings. */
function showSubnets() {
  const filter = element('filter').value.trim().toLowerCase();
  const { key, direction } = state.subnetSort;
  const rows = state.subnets
    .filter((s) => !filter || [s.name, s.cidr, s.availabilityZone].join(' ').toLowerCase().includes(filter))
    .sort((a, b) => direction * compare(a, b, key) || compare(a, b, 'name'));
  const body = element('subnets').tBodies[0];
  body.replaceChildren();
  for (const subnet of rows) {
    const row = make('tr', null, subnet.exhausted ? 'exhausted' : null);
    for (const value of [subnet.name, subnet.cidr, subnet.availabilityZone, subnet.nodeIps, subnet.podIps,
      subnet.warmIps, subnet.otherIps + subnet.reservedIps, subnet.freeIps,
      (subnet.utilization * 100).toFixed(1) + ' %' + (subnet.exhausted ? ' (exhausted)' : '')]) {
      row.append(make('td', value));
    }
    body.append(row);
  }
  markSort('subnets', state.subnetSort);
}

/**
 * Marks in the diagrams the element a finding's path concerns: a subnet (subnets[3].cidr → subnets[3]), a node group
 * and its nodes, or the load balancer of a Service or Ingress; the SVG elements name their paths in data-path.
 */
function linkFinding(row) {
  const match = /^(subnets|nodeGroups|services|ingresses)\[\d+\]/.exec(row.dataset.path || '');
  for (const marked of document.querySelectorAll('.diagram .linked')) {
    marked.classList.remove('linked');
  }
  for (const selected of document.querySelectorAll('#findings tr.selected')) {
    selected.classList.remove('selected');
  }
  row.classList.add('selected');
  if (!match) {
    return;
  }
  const targets = document.querySelectorAll('#network [data-path~="' + match[0] + '"], #load-balancers [data-path~="'
    + match[0] + '"]');
  for (const target of targets) {
    target.classList.add('linked');
  }
  if (targets.length > 0) {
    targets[0].scrollIntoView({ block: 'nearest' });
  }
}

/** Draws the node a marker in the network diagram names, in the scenario shown. */
async function showNode(name) {
  const path = '/diagrams/nodes/' + encodeURIComponent(name) + '.svg?scenario=' + encodeURIComponent(scenario());
  const svg = state.source.cluster
    ? await call('GET', '/api/v1/clusters/' + encodeURIComponent(state.source.cluster) + path)
    : await call('POST', '/api/v1' + path, state.source.document, 'application/json');
  showSvg('node', svg);
  element('node-title').textContent = 'Node ' + name;
  element('node-section').hidden = false;
  element('node-section').scrollIntoView({ block: 'nearest' });
}

async function useToken() {
  const entered = element('token').value.trim();
  element('token').value = '';
  if (entered) {
    window.sessionStorage.setItem(TOKEN_KEY, entered);
  }
  showTokenState();
  clearProblem();
  await loadClusters(element('cluster').value);
}

function forgetToken() {
  window.sessionStorage.removeItem(TOKEN_KEY);
  element('token').value = '';
  showTokenState();
}

function guarded(action) {
  return () => action().catch(showProblem);
}

async function showStored() {
  const name = element('cluster').value;
  if (name) {
    state.source = { cluster: name };
    await render();
  }
}

async function planPasted() {
  clearProblem();
  state.source = { document: await toDocument(element('document').value) };
  await render();
}

async function storePasted() {
  clearProblem();
  const text = element('document').value;
  const answer = looksLikeJson(text)
    ? JSON.parse(await call('POST', '/api/v1/clusters', text, 'application/json'))
    : JSON.parse(await call('POST', '/api/v1/imports', text, 'application/yaml')).topology;
  await loadClusters(answer.name);
  state.source = { cluster: answer.name };
  await render();
}

function readFile(event) {
  const file = event.target.files[0];
  if (file) {
    file.text().then((text) => { element('document').value = text; });
  }
}

document.addEventListener('DOMContentLoaded', () => {
  showTokenState();
  element('use-token').addEventListener('click', guarded(useToken));
  element('forget-token').addEventListener('click', forgetToken);
  element('show').addEventListener('click', guarded(showStored));
  element('refresh').addEventListener('click', guarded(() => loadClusters(element('cluster').value)));
  element('plan').addEventListener('click', guarded(planPasted));
  element('store').addEventListener('click', guarded(storePasted));
  element('file').addEventListener('change', readFile);
  element('filter').addEventListener('input', () => {
    showFindings();
    showSubnets();
  });
  for (const radio of document.querySelectorAll('input[name="scenario"]')) {
    radio.addEventListener('change', guarded(render));
  }
  for (const button of document.querySelectorAll('#findings th button')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      state.sort = { key, direction: state.sort.key === key ? -state.sort.direction : 1 };
      showFindings();
    });
  }
  for (const button of document.querySelectorAll('#subnets th button')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      state.subnetSort = { key, direction: state.subnetSort.key === key ? -state.subnetSort.direction : 1 };
      showSubnets();
    });
  }
  element('network').addEventListener('click', (event) => {
    const marker = event.target.closest('[data-node]');
    if (marker) {
      guarded(() => showNode(marker.getAttribute('data-node')))();
    }
  });
  element('findings').tBodies[0].addEventListener('click', (event) => {
    const row = event.target.closest('tr');
    if (row) {
      linkFinding(row);
    }
  });
  const wanted = new URLSearchParams(window.location.search).get('cluster');
  guarded(async () => {
    await loadClusters(wanted);
    if (wanted) {
      await showStored();
    }
  })();
});
