// The cwsync operations console: plain DOM, no framework, no build step. Data comes from the JSON endpoints
// next to this page; every request carries the console token as a bearer header. The token arrives in the URL
// fragment (#token=...), which browsers never send to a server, and is kept in this tab's session storage only.
(function () {
  'use strict';

  const TOKEN_KEY = 'cwsync.console.token';
  const api = new URL('api/', location.href.replace(/#.*$/, '')).pathname;

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === 'text') e.textContent = String(v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children || []) e.append(c);
    return e;
  }

  function td(value, cls) {
    return el('td', { text: value === null || value === undefined ? '' : value, class: cls });
  }

  function hashParams() {
    const h = location.hash.replace(/^#/, '');
    const q = h.indexOf('?');
    const route = q < 0 ? (h.includes('=') ? '' : h) : h.substring(0, q);
    const params = new URLSearchParams(q < 0 ? (h.includes('=') ? h : '') : h.substring(q + 1));
    return { route, params };
  }

  function takeToken() {
    const { route, params } = hashParams();
    const t = params.get('token');
    if (t) {
      sessionStorage.setItem(TOKEN_KEY, t);
      params.delete('token');
      const rest = params.toString();
      const hash = route ? route + (rest ? '?' + rest : '') : rest;
      history.replaceState(null, '', location.pathname + location.search + (hash ? '#' + hash : ''));
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function status(text, isError) {
    const s = document.getElementById('status');
    s.textContent = text;
    s.className = isError ? 'error' : '';
  }

  async function call(method, path, body) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const res = await fetch(api + path, {
      method,
      headers: Object.assign({ 'Authorization': 'Bearer ' + token },
        body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store'
    });
    const json = await res.json().catch(() => ({ error: 'unreadable response' }));
    if (res.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      showLogin('The console token was not accepted.');
      throw new Error('unauthorized');
    }
    if (!res.ok) throw new Error(json.error || ('HTTP ' + res.status));
    return json;
  }

  function showLogin(message) {
    document.getElementById('content').hidden = true;
    document.getElementById('login').hidden = false;
    status(message || 'Enter the console token.', !!message);
  }

  function when(iso) {
    return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
  }

  function duration(ms) {
    if (ms === null || ms === undefined) return '';
    return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(1) + ' s';
  }

  let tenants = [];

  function renderStreams() {
    const body = document.getElementById('stream-rows');
    body.replaceChildren();
    for (const t of tenants) {
      for (const s of t.streams) {
        const r = s.lastRun;
        const c = r ? r.counts : {};
        const errors = r ? (c.ERROR || 0) + (c.PARKED || 0) + (c.CONFLICT || 0) : null;
        body.append(el('tr', {
          class: 'stream', 'data-tenant': t.id, 'data-flow': s.flowId, 'data-direction': s.direction
        }, [
          td(t.id), td(s.flowId), td(s.direction),
          td(r ? r.status : 'not run yet', r ? 'status status-' + r.status : 'status'),
          td(r ? r.recordsRead : '', 'num read'), td(r ? c.CREATE : '', 'num created'),
          td(r ? c.UPDATE : '', 'num updated'), td(r ? c.LINK : '', 'num linked'),
          td(r ? c.SKIP : '', 'num skipped'), td(errors, 'num errors'),
          td(r && r.total >= 0 ? r.total : '', 'num total'), td(r ? duration(r.durationMillis) : '', 'num'),
          td(r ? when(r.finishedAt) : ''), td(when(s.nextDue) || 'not scheduled'), td(r ? r.error : '')
        ]));
      }
    }
    if (!body.children.length) {
      body.append(el('tr', { class: 'empty' }, [el('td', { colspan: 15, text: 'No tenant has run yet.' })]));
    }
  }

  async function loadErrors() {
    const body = document.getElementById('error-rows');
    const rows = [];
    for (const t of tenants) {
      const report = await call('GET', 'tenants/' + encodeURIComponent(t.id) + '/errors');
      for (const i of report.items) rows.push(errorRow(t.id, i));
    }
    body.replaceChildren(...rows);
    if (!rows.length) {
      body.append(el('tr', { class: 'empty' }, [el('td', { colspan: 10, text: 'No failed records.' })]));
    }
  }

  function errorRow(tenant, i) {
    const key = { flowId: i.flowId, direction: i.direction, recordId: i.recordId };
    const requeue = el('button', { type: 'button', class: 'requeue', text: 'Requeue' });
    requeue.addEventListener('click', () => act(() => call('POST',
      'tenants/' + encodeURIComponent(tenant) + '/errors/requeue', key), 'Requeued ' + i.recordId));
    const ignore = el('button', { type: 'button', class: 'ignore', text: 'Ignore' });
    ignore.addEventListener('click', () => act(() => call('POST',
      'tenants/' + encodeURIComponent(tenant) + '/errors/ignore', key), 'Ignored ' + i.recordId));
    // A pushed record is known by its host id: re-link it to a ConnectWise id. A pulled one by its ConnectWise
    // id (children as parent/child): re-link it to a host id.
    const push = i.direction === 'PUSH';
    const other = el('input', { placeholder: push ? 'ConnectWise id' : 'host id', class: 'relink-id' });
    const relink = el('button', { type: 'button', class: 'relink', text: 'Re-link' });
    relink.addEventListener('click', () => {
      const v = other.value.trim();
      if (!v) { status('Enter the id to link to first.', true); return; }
      const cwOfItem = i.recordId.substring(i.recordId.lastIndexOf('/') + 1);
      const body = push ? { type: i.type, hostId: i.recordId, cwId: v } : { type: i.type, hostId: v, cwId: cwOfItem };
      act(() => call('POST', 'tenants/' + encodeURIComponent(tenant) + '/relink', body), 'Re-linked ' + i.recordId);
    });
    return el('tr', { class: 'error-item', 'data-tenant': tenant, 'data-record': i.recordId, 'data-state': i.state },
      [td(tenant), td(i.state, 'state state-' + i.state), td(i.flowId), td(i.direction), td(i.type),
        td(i.recordId), td(i.attempts, 'num'), td(i.reason, 'reason'), td(when(i.lastFailedAt)),
        el('td', {}, [requeue, ignore, other, relink])]);
  }

  async function act(action, done) {
    try {
      await action();
      await refresh();
      status(done);
    } catch (e) {
      status(e.message, true);
    }
  }

  async function searchAudit() {
    const tenant = document.getElementById('audit-tenant').value;
    const body = document.getElementById('audit-rows');
    if (!tenant) { body.replaceChildren(); return; }
    const q = new URLSearchParams();
    for (const [k, id] of [['type', 'audit-type'], ['record', 'audit-record'], ['outcome', 'audit-outcome']]) {
      const v = document.getElementById(id).value.trim();
      if (v) q.set(k, v);
    }
    q.set('limit', '200');
    const res = await call('GET', 'tenants/' + encodeURIComponent(tenant) + '/audit?' + q);
    body.replaceChildren(...res.entries.map(e => {
      const links = el('td', {}, []);
      if (e.deepLink) {
        links.append(el('a', { href: e.deepLink, target: '_blank', rel: 'noopener noreferrer',
          text: 'View in ConnectWise' }), ' ');
      }
      if (e.historyLink) links.append(el('a', { href: e.historyLink, class: 'history-link', text: 'History' }));
      return el('tr', { class: 'audit-entry' }, [td(when(e.at)), td(e.flowId), td(e.direction), td(e.type),
        td(e.hostId), td(e.cwId), td(e.action), td(e.outcome, 'outcome-' + e.outcome), td(e.reason), links]);
    }));
    if (!res.entries.length) {
      body.append(el('tr', { class: 'empty' }, [el('td', { colspan: 10, text: 'No matching entries.' })]));
    }
  }

  async function showHistory() {
    const { route, params } = hashParams();
    const section = document.getElementById('history');
    if (route !== 'history') { section.hidden = true; return; }
    const tenant = params.get('tenant');
    params.delete('tenant');
    const res = await call('GET', 'tenants/' + encodeURIComponent(tenant) + '/history?' + params);
    document.getElementById('history-title').textContent = res.type + ' '
      + (params.get('hostId') ? 'host id ' + params.get('hostId') : 'ConnectWise id ' + params.get('cwId'))
      + ' (' + tenant + ')';
    document.getElementById('history-rows').replaceChildren(...res.steps.map(h => el('tr', { class: 'history-step' },
      [td(when(h.at)), td(h.direction), td(h.action), td(h.outcome, 'outcome-' + h.outcome), td(h.hostId),
        td(h.cwId), td(h.detail)])));
    section.hidden = false;
    section.scrollIntoView();
  }

  async function refresh() {
    const res = await call('GET', 'tenants');
    tenants = res.tenants;
    const select = document.getElementById('audit-tenant');
    const chosen = select.value;
    select.replaceChildren(...tenants.map(t => el('option', { value: t.id, text: t.id })));
    if (chosen) select.value = chosen;
    renderStreams();
    await loadErrors();
    await searchAudit();
    await showHistory();
    status('Updated ' + new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') + ', '
      + tenants.length + ' tenant(s)');
  }

  function start() {
    document.getElementById('login').addEventListener('submit', ev => {
      ev.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, document.getElementById('token-input').value.trim());
      open();
    });
    document.getElementById('refresh').addEventListener('click', () => act(refresh, 'Refreshed'));
    document.getElementById('audit-form').addEventListener('submit', ev => {
      ev.preventDefault();
      searchAudit().catch(e => status(e.message, true));
    });
    window.addEventListener('hashchange', () => showHistory().catch(e => status(e.message, true)));
    if (takeToken()) open(); else showLogin();
  }

  function open() {
    document.getElementById('login').hidden = true;
    document.getElementById('content').hidden = false;
    refresh().catch(e => { if (e.message !== 'unauthorized') status('No data: ' + e.message, true); });
  }

  start();
}());
