// A small in-memory stand-in for the kefu API (docs/api/openapi.yaml) that also serves web/dist
// with the index.html fallback. For UI development and for trying e2e/smoke.mjs before the C++
// server is available; the real check is the smoke test against `kefu serve`.
//
//   node e2e/mock-server.mjs [port]      (default 18081)
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const port = Number(process.argv[2] ?? 18081);

const ALL_PERMISSIONS = [
  'staff.read', 'staff.write', 'staff.promote', 'staff.promote_override', 'staff.end_internship',
  'staff.hr_read', 'training.read', 'training.write', 'audit.read', 'policy.read', 'policy.write',
  'user.read', 'user.write', 'dealer.read',
];
const users = [
  { id: 1, username: 'head', displayName: '张主任', roles: ['head'], staffId: 1, dealerId: null, active: true, password: 'Kefu@2026' },
  { id: 2, username: 'admin', displayName: '系统管理员', roles: ['admin', 'leadership'], staffId: null, dealerId: null, active: true, password: 'Kefu@2026' },
];
let nextId = 100;
const staff = [
  ['张主任', 'head', '2019-03-01', 80], ['李强', 'supervisor', '2021-05-10', 54], ['王磊', 'technician', '2024-02-01', 21],
  ['赵敏', 'technician', '2025-06-15', 5], ['刘洋', 'intern', '2026-07-01', 4], ['陈晨', 'intern', '2026-10-20', 1],
].map(([name, grade, hireDate, months], i) => ({
  id: i + 1, name, phone: `1380013800${i}`, hireDate, experienceStart: hireDate, grade, roles: i === 2 ? ['driver'] : [],
  status: 'active', leftOn: null, monthsOfExperience: months, version: 1,
}));
const topics = [
  { id: 1, name: '安全操作规程', required: true },
  { id: 2, name: '产品安装规范', required: true },
  { id: 3, name: '客户沟通礼仪', required: false },
];
const trainings = [{ id: 1, staffId: 3, topicId: 1, topicName: '安全操作规程', trainer: '李强', date: '2024-02-10', result: 'passed', notes: null }];
const gradeChanges = [{ id: 1, staffId: 3, fromGrade: 'intern', toGrade: 'technician', kind: 'promotion', reason: null, changedAt: '2024-05-02T02:00:00Z', changedBy: '张主任' }];
const policies = [
  ['grade.technician.min_experience_months', 3, 'months'], ['grade.supervisor.min_experience_months', 12, 'months'],
  ['grade.intern.internship_months', 3, 'months'], ['dispatch.crew_size_requiring_approval', 4, 'persons'],
  ['expense.meal.out_of_town.lunch_fen', 1000, 'fen'], ['expense.lodging.prefecture_fen', 3500, 'fen'],
  ['materials.return_cutoff_minute', 660, 'minute_of_day'],
].map(([key, value, unit], i) => ({ id: i + 1, key, value, unit, validFrom: '2000-01-01', setBy: 'system', reason: '客服部管理制度' }));
const dealers = [
  { id: 1, name: '济南历下办公家具经销部', contact: '孙经理', phone: '0531-88886666', city: '济南' },
  { id: 2, name: '青岛海悦家具有限公司', contact: '周经理', phone: '0532-66668888', city: '青岛' },
];
const audit = [];
const sessions = new Map();

function log(user, entity, entityId, action, before, after) {
  audit.unshift({ id: audit.length + 1, at: new Date().toISOString(), userId: user?.id ?? null, username: user?.username ?? null, entity, entityId: String(entityId), action, before, after });
}
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(body === undefined ? '' : JSON.stringify(body));
}
function fail(res, status, code, violations = []) {
  send(res, status, { error: { code, message: code.toLowerCase(), violations } });
}
function page(items, query) {
  const p = Math.max(1, Number(query.get('page') ?? 1));
  const size = Math.min(200, Math.max(1, Number(query.get('pageSize') ?? 20)));
  return { items: items.slice((p - 1) * size, p * size), total: items.length, page: p, pageSize: size };
}
const REQUIRED = { technician: 3, supervisor: 12 };
function eligibility(s) {
  const next = s.grade === 'intern' ? 'technician' : s.grade === 'technician' ? 'supervisor' : null;
  const required = next ? REQUIRED[next] : null;
  let eligibleOn = null;
  if (required !== null) {
    const d = new Date(`${s.experienceStart}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + required);
    eligibleOn = d.toISOString().slice(0, 10);
  }
  return { staffId: s.id, name: s.name, grade: s.grade, nextGrade: next, monthsOfExperience: s.monthsOfExperience, requiredMonths: required, eligibleOn, eligible: required !== null && s.monthsOfExperience >= required };
}
function validateStaff(body, update) {
  const v = [];
  if (!body.name || !String(body.name).trim()) v.push({ field: 'name', reason: 'required' });
  else if (String(body.name).length > 50) v.push({ field: 'name', reason: 'too_long' });
  if (!/^(1\d{10}|[0-9-]{7,20})$/.test(String(body.phone ?? ''))) v.push({ field: 'phone', reason: 'invalid_phone' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(body.hireDate ?? ''))) v.push({ field: 'hireDate', reason: 'invalid_date' });
  if (body.experienceStart && body.hireDate && body.experienceStart < body.hireDate) v.push({ field: 'experienceStart', reason: 'before_hire_date' });
  if (!update && !['head', 'supervisor', 'technician', 'intern', 'none'].includes(body.grade)) v.push({ field: 'grade', reason: 'invalid_value' });
  return v;
}

async function api(req, res, url) {
  const path = url.pathname.replace(/^\/api\/v1/, '');
  const cookie = /kefu_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const session = cookie ? sessions.get(cookie) : undefined;
  const user = session ? users.find((u) => u.id === session.userId) : undefined;
  let body = {};
  if (req.method !== 'GET') {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    body = text ? JSON.parse(text) : {};
  }
  if (path === '/health') return send(res, 200, { status: 'ok', version: 'mock', schemaVersion: 1, database: 'sqlite' });
  if (path === '/auth/login' && req.method === 'POST') {
    const u = users.find((x) => x.username === body.username && x.password === body.password);
    if (!u) return fail(res, 401, 'UNAUTHENTICATED');
    const token = randomBytes(16).toString('hex');
    const csrf = randomBytes(16).toString('hex');
    sessions.set(token, { userId: u.id, csrf });
    res.setHeader('Set-Cookie', `kefu_session=${token}; HttpOnly; SameSite=Strict; Path=/`);
    return send(res, 200, me(u, csrf));
  }
  if (!user) return fail(res, 401, 'UNAUTHENTICATED');
  if (req.method !== 'GET' && req.headers['x-csrf-token'] !== session.csrf) return fail(res, 403, 'PERMISSION_DENIED');
  if (path === '/auth/me') return send(res, 200, me(user, session.csrf));
  if (path === '/auth/logout') { sessions.delete(cookie); return send(res, 204); }

  const q = url.searchParams;
  if (path === '/staff' && req.method === 'GET') {
    const term = q.get('q') ?? '';
    const items = staff.filter((s) => (!term || s.name.includes(term) || s.phone.includes(term))
      && (!q.get('grade') || s.grade === q.get('grade')) && (!q.get('status') || s.status === q.get('status')));
    return send(res, 200, page(items, q));
  }
  if (path === '/staff' && req.method === 'POST') {
    const v = validateStaff(body, false);
    if (v.length) return fail(res, 400, 'INVALID_ARGUMENT', v);
    if (staff.some((x) => x.phone === body.phone)) return fail(res, 409, 'ALREADY_EXISTS', [{ field: 'phone', reason: 'duplicate' }]);
    const s = { id: nextId++, name: body.name, phone: body.phone, hireDate: body.hireDate, experienceStart: body.experienceStart, grade: body.grade, roles: body.roles ?? [], status: 'active', leftOn: null, monthsOfExperience: 0, version: 1 };
    staff.push(s);
    log(user, 'staff', s.id, 'create', null, s);
    return send(res, 201, s);
  }
  if (path === '/staff/eligible') return send(res, 200, page(staff.filter((s) => s.status === 'active').map(eligibility).filter((e) => e.eligible), q));
  let m = /^\/staff\/(\d+)(\/[a-z-]+)?$/.exec(path);
  if (m) {
    const s = staff.find((x) => x.id === Number(m[1]));
    if (!s) return fail(res, 404, 'NOT_FOUND');
    const sub = m[2] ?? '';
    if (sub === '' && req.method === 'GET') return send(res, 200, s);
    if (sub === '' && req.method === 'PUT') {
      if (body.version !== s.version) return fail(res, 409, 'ABORTED', [{ field: 'version', reason: 'stale_version' }]);
      const v = validateStaff(body, true);
      if (v.length) return fail(res, 400, 'INVALID_ARGUMENT', v);
      const before = { ...s };
      Object.assign(s, { name: body.name, phone: body.phone, hireDate: body.hireDate, experienceStart: body.experienceStart, roles: body.roles, version: s.version + 1 });
      log(user, 'staff', s.id, 'update', before, { ...s });
      return send(res, 200, s);
    }
    if (sub === '' && req.method === 'DELETE') {
      const before = { ...s };
      Object.assign(s, { status: 'left', leftOn: new Date().toISOString().slice(0, 10), version: s.version + 1 });
      log(user, 'staff', s.id, 'delete', before, { ...s });
      return send(res, 200, s);
    }
    if (sub === '/eligibility') return send(res, 200, eligibility(s));
    if (sub === '/grade-changes') return send(res, 200, gradeChanges.filter((g) => g.staffId === s.id));
    if (sub === '/trainings' && req.method === 'GET') return send(res, 200, trainings.filter((t) => t.staffId === s.id));
    if (sub === '/trainings' && req.method === 'POST') {
      const topic = topics.find((t) => t.id === body.topicId);
      if (!topic) return fail(res, 400, 'INVALID_ARGUMENT', [{ field: 'topicId', reason: 'invalid_value' }]);
      const r = { id: nextId++, staffId: s.id, topicId: topic.id, topicName: topic.name, trainer: body.trainer, date: body.date, result: body.result, notes: body.notes ?? null };
      trainings.unshift(r);
      return send(res, 201, r);
    }
    if (sub === '/promotions') {
      const e = eligibility(s);
      if (body.version !== s.version) return fail(res, 409, 'ABORTED');
      if (body.toGrade !== e.nextGrade) return fail(res, 400, 'INVALID_ARGUMENT', [{ field: 'toGrade', reason: 'invalid_value' }]);
      if (!e.eligible && !body.override) return fail(res, 412, 'FAILED_PRECONDITION', [{ field: 'toGrade', reason: 'not_eligible' }]);
      if (body.override && !String(body.reason ?? '').trim()) return fail(res, 400, 'INVALID_ARGUMENT', [{ field: 'reason', reason: 'reason_required' }]);
      gradeChanges.unshift({ id: nextId++, staffId: s.id, fromGrade: s.grade, toGrade: body.toGrade, kind: body.override ? 'override' : 'promotion', reason: body.reason ?? null, changedAt: new Date().toISOString(), changedBy: user.displayName });
      Object.assign(s, { grade: body.toGrade, version: s.version + 1 });
      return send(res, 200, s);
    }
    if (sub === '/internship-end') {
      if (s.grade !== 'intern') return fail(res, 412, 'FAILED_PRECONDITION');
      gradeChanges.unshift({ id: nextId++, staffId: s.id, fromGrade: 'intern', toGrade: 'technician', kind: 'internship_ended_early', reason: body.reason, changedAt: new Date().toISOString(), changedBy: user.displayName });
      Object.assign(s, { grade: 'technician', version: s.version + 1 });
      return send(res, 200, s);
    }
  }
  if (path === '/training/topics' && req.method === 'GET') return send(res, 200, topics);
  if (path === '/training/topics' && req.method === 'POST') {
    const t = { id: nextId++, name: body.name, required: !!body.required };
    topics.push(t);
    return send(res, 201, t);
  }
  if (path === '/training/gaps') {
    const gaps = staff.filter((s) => s.status === 'active' && s.grade !== 'none').map((s) => ({
      staffId: s.id, name: s.name, grade: s.grade,
      missingTopics: topics.filter((t) => t.required && !trainings.some((r) => r.staffId === s.id && r.topicId === t.id && r.result === 'passed')),
    })).filter((g) => g.missingTopics.length);
    return send(res, 200, page(gaps, q));
  }
  if (path === '/audit') return send(res, 200, page(audit.filter((a) => !q.get('entity') || a.entity === q.get('entity')), q));
  if (path === '/policies' && req.method === 'GET') return send(res, 200, policies);
  if (path === '/policies' && req.method === 'POST') {
    const known = policies.find((p) => p.key === body.key);
    if (!known) return fail(res, 404, 'NOT_FOUND');
    const p = { id: nextId++, key: body.key, value: body.value, unit: known.unit, validFrom: body.validFrom, setBy: user.displayName, reason: body.reason };
    policies.unshift(p);
    return send(res, 201, p);
  }
  if (path === '/users' && req.method === 'GET') return send(res, 200, page(users.map(publicUser), q));
  if (path === '/users' && req.method === 'POST') {
    if (users.some((u) => u.username === body.username)) return fail(res, 409, 'ALREADY_EXISTS', [{ field: 'username', reason: 'duplicate' }]);
    const u = { id: nextId++, username: body.username, displayName: body.displayName, roles: body.roles, staffId: body.staffId ?? null, dealerId: body.dealerId ?? null, active: true, password: body.password };
    users.push(u);
    return send(res, 201, publicUser(u));
  }
  m = /^\/users\/(\d+)\/roles$/.exec(path);
  if (m && req.method === 'PUT') {
    const u = users.find((x) => x.id === Number(m[1]));
    if (!u) return fail(res, 404, 'NOT_FOUND');
    const changed = [...new Set([...u.roles, ...body.roles])].filter((r) => u.roles.includes(r) !== body.roles.includes(r));
    if (changed.some((r) => !user.roles.includes(r))) return fail(res, 403, 'PERMISSION_DENIED');
    u.roles = body.roles;
    return send(res, 200, publicUser(u));
  }
  if (path === '/dealers') return send(res, 200, page(dealers, q));
  return fail(res, 404, 'NOT_FOUND');
}

function publicUser(u) {
  return { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, staffId: u.staffId, dealerId: u.dealerId, active: u.active };
}

function me(u, csrfToken) {
  return { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, permissions: ALL_PERMISSIONS, staffId: u.staffId, dealerId: u.dealerId, csrfToken };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };
createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    api(req, res, url).catch((error) => fail(res, 500, 'INTERNAL', [{ field: '', reason: String(error) }]));
    return;
  }
  let file = join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(port, '127.0.0.1', () => console.log(`mock kefu API + web/dist on http://127.0.0.1:${port}`));
