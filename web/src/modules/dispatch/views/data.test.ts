import { describe, expect, it } from 'vitest';
import type { DayProposal } from '../api';
import { crewProblems, crewsOf, draftOf, emptyCrew, keepFree, proposalCounts, sameCrews, type CrewDraft } from './data';
import { editOf, jobsOf, planBodyOf } from './plan-edit';

function crew(
  leadId: number | null,
  memberIds: number[],
  vehicleId: number | null,
  driverId: number | null = null,
): CrewDraft {
  return { leadId, memberIds, vehicleId, driverId };
}

describe('crewProblems (R-DSP-4: crews the head forms)', () => {
  it('accepts separate crews, and a lead who drives his own crew', () => {
    expect(crewProblems([crew(1, [2], 10, 1), crew(3, [4], 11)]).size).toBe(0);
  });

  it('asks for a lead and a vehicle', () => {
    expect(crewProblems([emptyCrew()]).get(0)).toEqual(['dispatch.crew.leadRequired', 'dispatch.crew.vehicleRequired']);
  });

  it('refuses a vehicle or a person in two crews, naming the later crew', () => {
    const problems = crewProblems([crew(1, [2], 10), crew(2, [], 10), crew(5, [], 12, 1)]);
    expect(problems.get(0)).toBeUndefined();
    expect(problems.get(1)).toEqual(['dispatch.crew.vehicleTwice', 'dispatch.crew.personTwice']);
    expect(problems.get(2)).toEqual(['dispatch.crew.personTwice']);
  });

  it('refuses the lead listed again as a member', () => {
    expect(crewProblems([crew(1, [1], 10)]).get(0)).toEqual(['dispatch.crew.personTwice']);
  });
});

describe('request bodies', () => {
  const proposal: DayProposal = {
    date: '2026-12-01',
    km: 42.5,
    depot: { latE6: 36_682_000, lngE6: 117_130_000 },
    routes: [
      {
        crewIndex: 1,
        leadId: 3,
        memberIds: [4],
        vehicleId: 11,
        km: 20,
        backAt: '15:00',
        overtime: false,
        visits: [
          {
            jobId: 8,
            number: 'KF-2026-000008',
            version: 2,
            arrival: '09:10',
            serviceMinutes: 45,
            windowStart: '09:00',
            windowEnd: '12:00',
            site: { latE6: 36_660_000, lngE6: 117_050_000 },
          },
          {
            jobId: 5,
            number: 'KF-2026-000005',
            version: 1,
            arrival: '10:30',
            serviceMinutes: 45,
            windowStart: '09:00',
            windowEnd: '12:00',
            site: { latE6: 36_660_000, lngE6: 117_050_000 },
          },
        ],
      },
    ],
    unplanned: [
      {
        jobId: 9,
        number: 'KF-2026-000009',
        reason: 'skills',
        version: 1,
        windowStart: '09:00',
        windowEnd: '17:00',
        site: { latE6: 36_700_000, lngE6: 117_200_000 },
      },
    ],
  };

  it('sends a driver only when one is chosen', () => {
    expect(crewsOf([crew(1, [2], 10), crew(3, [], 11, 3)])).toEqual([
      { leadId: 1, memberIds: [2], vehicleId: 10 },
      { leadId: 3, memberIds: [], vehicleId: 11, driverId: 3 },
    ]);
  });

  it('accepts each route with the crew it was proposed for and the jobs in visiting order', () => {
    const crews = crewsOf([crew(1, [2], 10), crew(3, [4], 11)]);
    expect(planBodyOf(proposal.date, editOf(proposal, crews.length), crews, jobsOf(proposal))).toEqual({
      date: '2026-12-01',
      routes: [
        {
          crew: { leadId: 3, memberIds: [4], vehicleId: 11 },
          jobs: [
            { jobId: 8, version: 2 },
            { jobId: 5, version: 1 },
          ],
        },
      ],
    });
  });

  it('counts planned and left-out jobs', () => {
    expect(proposalCounts(proposal)).toEqual({ planned: 2, unplanned: 1 });
  });
});

describe("the day's saved crews (R-DSP-3)", () => {
  it('come back as the crews the head edits, and go out again unchanged', () => {
    const saved = [
      { leadId: 1, memberIds: [3, 2], vehicleId: 10, driverId: 1 },
      { leadId: 4, memberIds: [], vehicleId: 11 },
    ];
    const drafts = saved.map(draftOf);
    expect(drafts[1]).toEqual(crew(4, [], 11, null));
    expect(crewsOf(drafts)).toEqual(saved);
    expect(sameCrews(crewsOf(drafts), saved)).toBe(true);
  });

  it('differ when a member, the order of members, the driver or the order of crews differs', () => {
    const base = [{ leadId: 1, memberIds: [2, 3], vehicleId: 10, driverId: 1 }];
    expect(sameCrews(base, [{ leadId: 1, memberIds: [3, 2], vehicleId: 10, driverId: 1 }])).toBe(false);
    expect(sameCrews(base, [{ leadId: 1, memberIds: [2, 3], vehicleId: 10 }])).toBe(false);
    expect(sameCrews(base, [{ leadId: 1, memberIds: [2, 3], vehicleId: 11, driverId: 1 }])).toBe(false);
    expect(sameCrews(base, [])).toBe(false);
    const two = [...base, { leadId: 5, memberIds: [], vehicleId: 12 }];
    expect(sameCrews(two, [two[1]!, two[0]!])).toBe(false);
  });
});

describe('keepFree (a crew formed for one more day)', () => {
  it('takes out the lead, members and driver away that day, keeping the vehicle', () => {
    const crew: CrewDraft = { leadId: 1, memberIds: [2, 3], vehicleId: 9, driverId: 3 };
    expect(keepFree(crew, new Set([1, 2, 3]))).toEqual(crew);
    expect(keepFree(crew, new Set([2]))).toEqual({ leadId: null, memberIds: [2], vehicleId: 9, driverId: null });
    expect(keepFree(emptyCrew(), new Set())).toEqual(emptyCrew());
  });
});
