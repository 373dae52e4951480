// R-DSP-4: how long the planning assistant searches. A quick proposal leaves the time limit to the
// server (2 s); a thorough one asks for THOROUGH_LIMIT_MS per day and waits long enough for it.
import MockAdapter from 'axios-mock-adapter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { http } from '@/api/client';
import type { DayProposal } from '../api';
import { THOROUGH_LIMIT_MS } from './data';
import { useDayPlan } from './use-day-plan';

let mock: MockAdapter;
beforeEach(() => (mock = new MockAdapter(http)));
afterEach(() => mock.restore());

interface Sent {
  body: Record<string, unknown>;
  timeout: number | undefined;
}

/** Answers every proposal with an empty plan of its day and records what was sent. */
function recordProposals(): Sent[] {
  const sent: Sent[] = [];
  mock.onPost('/dispatch/proposals').reply((config) => {
    const body = JSON.parse(String(config.data)) as Record<string, unknown>;
    sent.push({ body, timeout: config.timeout });
    const answer: DayProposal = {
      date: String(body.date),
      km: 0,
      depot: { latE6: 36_682_000, lngE6: 117_130_000 },
      routes: [],
      unplanned: [],
    };
    return [200, answer];
  });
  return sent;
}

function planWithOneCrew(): ReturnType<typeof useDayPlan> {
  const plan = useDayPlan();
  plan.date.value = '2027-03-01';
  plan.crews.value = [{ leadId: 7, memberIds: [8], vehicleId: 3, driverId: null }];
  return plan;
}

describe('useDayPlan: planning time', () => {
  it('leaves the time limit to the server for a quick proposal', async () => {
    const sent = recordProposals();
    const plan = planWithOneCrew();
    expect(plan.effort.value).toBe('quick');
    await plan.propose();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).not.toHaveProperty('timeLimitMs');
    expect(sent[0]?.timeout).toBe(30_000);
    expect(plan.proposal.value?.date).toBe('2027-03-01');
  });

  it('asks for the thorough budget on every day and waits longer than the budget', async () => {
    const sent = recordProposals();
    const plan = planWithOneCrew();
    plan.effort.value = 'thorough';
    plan.dayCount.value = 2;
    await plan.propose();
    expect(sent.map((s) => s.body.date)).toEqual(['2027-03-01', '2027-03-02']);
    for (const s of sent) {
      expect(s.body.timeLimitMs).toBe(THOROUGH_LIMIT_MS);
      expect(s.timeout).toBeGreaterThan(THOROUGH_LIMIT_MS);
    }
  });

  it('re-plans a day with the chosen budget too', async () => {
    let body: Record<string, unknown> = {};
    mock.onPost('/dispatch/replans').reply((config) => {
      body = JSON.parse(String(config.data)) as Record<string, unknown>;
      return [
        200,
        {
          date: '2027-03-01',
          km: 0,
          depot: { latE6: 36_682_000, lngE6: 117_130_000 },
          routes: [],
          unplanned: [],
          crews: [],
        },
      ];
    });
    const plan = planWithOneCrew();
    plan.effort.value = 'thorough';
    await plan.replanTheDay();
    expect(body.timeLimitMs).toBe(THOROUGH_LIMIT_MS);
    expect(body.date).toBe('2027-03-01');
  });
});
