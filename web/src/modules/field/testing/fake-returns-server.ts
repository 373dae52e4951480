import type MockAdapter from 'axios-mock-adapter';
import type { Charge, ChargeInput, ReturnAwaiting, ReturnCheck, ReturnCheckInput } from '../returns-api';

type Reply = [number, unknown];

function refusal(status: number, code: string, violations: { field: string; reason: string }[]): Reply {
  return [status, { error: { code, message: 'refused', violations } }];
}

/**
 * The server's side of quality returns (R-FLD-9) as far as the web pages rely on it
 * (docs/api/paths/field.yaml): a job returned to the factory waits until checked at its present
 * version; damaged needs a note and a photo; only a damaged check is charged, each person once.
 */
export class FakeReturnsServer {
  awaiting: ReturnAwaiting[] = [];
  checks: ReturnCheck[] = [];
  /** The bodies received, in order. */
  readonly posted: { url: string; body: unknown }[] = [];
  /** The query of every GET, in order. */
  readonly queries: Record<string, unknown>[] = [];
  /** When set, the next GET /field/returns fails with this status (then clears). */
  failNext: number | null = null;
  private nextId = 100;

  install(mock: MockAdapter): void {
    mock.onGet('/field/returns').reply((config) => this.list(config.params as Record<string, string>));
    mock.onPost('/field/returns').reply((config) => this.check(JSON.parse(String(config.data))));
    mock.onPost(/^\/field\/returns\/\d+\/charges$/).reply((config) => {
      const id = Number(/returns\/(\d+)\//.exec(config.url ?? '')?.[1]);
      return this.charge(id, JSON.parse(String(config.data)));
    });
    mock.onGet('/field/charges').reply((config) => this.charges(config.params as Record<string, string>));
    mock.onPost(/^\/field\/charges\/\d+\/withdrawal$/).reply((config) => {
      const id = Number(/charges\/(\d+)\//.exec(config.url ?? '')?.[1]);
      return this.withdraw(id, JSON.parse(String(config.data)) as { reason: string });
    });
  }

  /** Marks a charge withdrawn, as the server does: once, with the head's reason. */
  private withdraw(id: number, body: { reason: string }): Reply {
    this.posted.push({ url: `/field/charges/${id}/withdrawal`, body });
    const charge = this.checks.flatMap((c) => c.charges).find((c) => c.id === id);
    if (!charge) return [404, { error: { code: 'NOT_FOUND', message: 'no such charge', violations: [] } }];
    if (charge.withdrawnAt) {
      const violations = [{ field: 'charge', reason: 'withdrawn' }];
      return [400, { error: { code: 'FAILED_PRECONDITION', message: 'withdrawn already', violations } }];
    }
    const withdrawn = {
      ...charge,
      withdrawnAt: '2026-12-02T03:00:00Z',
      withdrawnByName: '王建国',
      withdrawalReason: body.reason,
    };
    this.checks = this.checks.map((c) => ({ ...c, charges: c.charges.map((x) => (x.id === id ? withdrawn : x)) }));
    return [200, withdrawn];
  }

  private list(params: Record<string, string>): Reply {
    this.queries.push({ url: '/field/returns', ...params });
    if (this.failNext) {
      const status = this.failNext;
      this.failNext = null;
      return refusal(status, 'UNAVAILABLE', []);
    }
    return [200, { from: params.from, to: params.to, awaiting: this.awaiting, checks: this.checks }];
  }

  private check(input: ReturnCheckInput): Reply {
    this.posted.push({ url: '/field/returns', body: input });
    if (input.outcome === 'damaged') {
      const violations = [];
      if (!input.note?.trim()) violations.push({ field: 'note', reason: 'required' });
      if (!input.photo) violations.push({ field: 'photo', reason: 'required' });
      if (violations.length) return refusal(400, 'INVALID_ARGUMENT', violations);
    }
    const job = this.awaiting.find((j) => j.jobId === input.jobId);
    if (!job || job.jobVersion !== input.jobVersion)
      return refusal(409, 'ABORTED', [{ field: 'jobVersion', reason: 'stale_version' }]);
    this.awaiting = this.awaiting.filter((j) => j !== job);
    const check: ReturnCheck = {
      id: this.nextId++,
      jobId: job.jobId,
      jobNumber: job.jobNumber,
      jobVersion: job.jobVersion,
      outcome: input.outcome,
      note: input.note ?? '',
      hasPhoto: !!input.photo,
      checkedByName: '孙库管',
      checkedAt: '2026-12-02T02:00:00Z',
      crew: job.crew,
      charges: [],
    };
    this.checks = [check, ...this.checks];
    return [201, check];
  }

  private charge(id: number, input: ChargeInput): Reply {
    this.posted.push({ url: `/field/returns/${id}/charges`, body: input });
    const check = this.checks.find((c) => c.id === id);
    if (!check) return refusal(404, 'NOT_FOUND', []);
    if (check.outcome !== 'damaged')
      return refusal(400, 'FAILED_PRECONDITION', [{ field: 'outcome', reason: 'not_damaged' }]);
    if (check.charges.some((c) => c.staff.id === input.staffId && !c.withdrawnAt)) {
      return refusal(409, 'ALREADY_EXISTS', [{ field: 'staffId', reason: 'already_charged' }]);
    }
    const staff = check.crew.find((p) => p.id === input.staffId) ?? { id: input.staffId, name: `员工${input.staffId}` };
    const charge: Charge = {
      id: this.nextId++,
      checkId: check.id,
      jobId: check.jobId,
      jobNumber: check.jobNumber,
      staff,
      amountFen: input.amountFen,
      reason: input.reason,
      decidedByName: '周主管',
      decidedAt: '2026-12-02T03:00:00Z',
    };
    this.checks = this.checks.map((c) => (c === check ? { ...c, charges: [...c.charges, charge] } : c));
    return [201, charge];
  }

  private charges(params: Record<string, string>): Reply {
    this.queries.push({ url: '/field/charges', ...params });
    const items = this.checks.flatMap((c) => c.charges);
    const byStaff = new Map<number, { staff: Charge['staff']; amountFen: number; count: number }>();
    for (const c of items) {
      if (c.withdrawnAt) continue;
      const total = byStaff.get(c.staff.id) ?? { staff: c.staff, amountFen: 0, count: 0 };
      total.amountFen += c.amountFen;
      total.count += 1;
      byStaff.set(c.staff.id, total);
    }
    const totals = [...byStaff.values()].sort((a, b) => b.amountFen - a.amountFen);
    return [200, { from: params.from, to: params.to, items, totals }];
  }
}

/** A job back at the factory waiting for its check, with a crew of two (lead first). */
export function returnedJob(jobId: number, jobVersion = 5): ReturnAwaiting {
  return {
    jobId,
    jobNumber: `KF-20261201-${String(jobId).padStart(3, '0')}`,
    jobVersion,
    kind: 'installation',
    partyName: '济南某科技公司',
    siteStreet: '经十路 1 号',
    requestedDate: '2026-12-01',
    totalPieces: 12,
    crew: [
      { id: 31, name: '赵磊' },
      { id: 32, name: '钱勇' },
    ],
  };
}
