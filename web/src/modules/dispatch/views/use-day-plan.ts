import { computed, ref, shallowRef } from 'vue';
import { isApiError, type FieldViolation } from '@/api/api-error';
import { listStaff } from '@/modules/staff/api';
import { listLeave } from '@/modules/staff/leave-api';
import { listVehicles } from '@/modules/fleet/api';
import { addDays } from '@/utils/dates';
import { todayInShanghai } from '@/utils/format';
import {
  acceptDayPlan,
  checkDayPlan,
  getDayLineup,
  proposeDayPlan,
  replanDay,
  saveDayLineup,
  type CheckedPlan,
  type CrewInput,
  type DayLineup,
  type DayProposal,
  type DayReplan,
  type ProposedRoute,
} from '../api';
import { availableOn, suggestCrews } from './crew-suggestion';
import {
  crewProblems,
  crewsOf,
  draftOf,
  effortRequest,
  emptyCrew,
  proposalCounts,
  sameCrews,
  type CrewDraft,
  type PlanEffort,
} from './data';
import {
  editOf,
  isEdited,
  jobsOf,
  kmChange,
  moveJob,
  planBodyOf,
  routesOf,
  shiftJob,
  type PlanEdit,
} from './plan-edit';

/** A person or vehicle the crew selects offer. */
export interface Choice {
  value: number;
  label: string;
  driver?: boolean;
}

/**
 * State of the planning assistant's page (R-DSP-4): the day, the crews the head forms (kept as the
 * day's line-up, R-DSP-3), the proposal, the head's edits of it (each checked by the server, with the change in kilometres)
 * and its acceptance; or a re-plan of a day under way. The proposal is dropped whenever the day
 * or a crew changes, so what is accepted is always what was shown.
 */
export function useDayPlan() {
  const date = ref(todayInShanghai());
  const crews = ref<CrewDraft[]>([emptyCrew()]);
  const people = shallowRef<Choice[]>([]);
  const vehicles = shallowRef<Choice[]>([]);
  const proposal = shallowRef<DayProposal | null>(null);
  const sentCrews = shallowRef<CrewInput[]>([]);
  const proposing = ref(false);
  const accepting = ref(false);
  const suggesting = ref(false);
  /** How many days, from the date, a proposal covers (R-DSP-4: one day or several). */
  const dayCount = ref(1);
  /** How long the assistant searches each day: quick (the server's 2 s) or thorough (longer, shorter routes). */
  const effort = ref<PlanEffort>('quick');
  /** One proposal per day, same crews; the one shown is dayProposals[activeDay]. */
  const dayProposals = shallowRef<DayProposal[]>([]);
  const activeDay = ref(0);
  /** The days whose plan has been accepted. */
  const acceptedDays = ref<string[]>([]);
  /** Whether the plan on screen has been accepted. */
  const accepted = computed(() => !!proposal.value && acceptedDays.value.includes(proposal.value.date));
  const problems = computed(() => crewProblems(crews.value));
  /** The day's saved line-up (version 0: none yet), to save over and to compare with. */
  const lineup = shallowRef<DayLineup | null>(null);
  const savingCrews = ref(false);
  /** Whether the crews on screen are the day's saved ones. */
  const crewsSaved = computed(
    () =>
      !!lineup.value &&
      lineup.value.date === date.value &&
      lineup.value.version > 0 &&
      sameCrews(crewsOf(crews.value), lineup.value.crews),
  );
  /** The re-plan shown, when the proposal is one: the crews of the day, where they stand, what they keep. */
  const replan = shallowRef<DayReplan | null>(null);
  /** Minutes each crew (by lead) runs late, for the next re-plan. */
  const delays = ref<Record<number, number>>({});
  const edit = shallowRef<PlanEdit | null>(null);
  const checked = shallowRef<CheckedPlan | null>(null);
  const checkViolations = shallowRef<FieldViolation[]>([]);
  const checking = ref(false);
  let checkSeq = 0;
  const jobs = computed(() => (proposal.value ? jobsOf(proposal.value) : new Map()));
  const edited = computed(() => !!proposal.value && !!edit.value && isEdited(edit.value, proposal.value));
  /** The routes as shown: the proposal's, or the edited ones with the checked arrivals. */
  const routes = computed<ProposedRoute[]>(() => {
    if (!proposal.value) return [];
    if (!edited.value || !edit.value) return proposal.value.routes;
    return routesOf(edit.value, proposal.value, sentCrews.value, jobs.value, checked.value, replan.value !== null);
  });
  /** The plan as the map and the counts see it (jobs the head took out are on neither). */
  const shown = computed<DayProposal | null>(() => {
    const p = proposal.value;
    if (!p) return null;
    if (!edited.value || !edit.value) return p;
    const placed = new Set(edit.value.routes.flatMap((r) => r.jobIds));
    return {
      ...p,
      km: checked.value?.km ?? p.km,
      routes: routes.value,
      unplanned: p.unplanned.filter((u) => !placed.has(u.jobId)),
    };
  });
  const counts = computed(() => {
    if (!shown.value) return null;
    const c = proposalCounts(shown.value);
    return { planned: c.planned, unplanned: c.unplanned + (edited.value ? (edit.value?.dropped.length ?? 0) : 0) };
  });
  /** Kilometres the edit adds (or saves) against the proposal, once checked. */
  const kmDelta = computed(() =>
    edited.value && proposal.value && checked.value ? kmChange(proposal.value, checked.value) : null,
  );

  async function loadChoices(): Promise<void> {
    const [staff, fleet] = await Promise.all([
      listStaff({ status: 'active', pageSize: 200 }, { silent: true }),
      listVehicles({ status: 'in_service', pageSize: 200 }, { silent: true }),
    ]);
    people.value = staff.items.map((s) => ({ value: s.id, label: s.name, driver: s.roles.includes('driver') }));
    vehicles.value = fleet.items.map((v) => ({ value: v.id, label: v.plate }));
  }

  /**
   * Replaces the crews with a line-up of who is free on the date (active, not on leave) and the
   * vehicles in service; answers how many people and vehicles it drew on.
   */
  async function suggest(): Promise<{ crews: number; people: number; vehicles: number }> {
    suggesting.value = true;
    try {
      const day = date.value;
      const [staff, fleet, leave] = await Promise.all([
        listStaff({ status: 'active', pageSize: 200 }),
        listVehicles({ status: 'in_service', pageSize: 200 }),
        listLeave({ from: day, to: day }),
      ]);
      const free = availableOn(
        staff.items.map((s) => ({ ...s, driver: s.roles.includes('driver'), active: s.status === 'active' })),
        leave.items,
        day,
      );
      const lineUp = suggestCrews(free, fleet.items);
      crews.value = lineUp.length > 0 ? lineUp : [emptyCrew()];
      changed();
      return { crews: lineUp.length, people: free.length, vehicles: fleet.items.length };
    } finally {
      suggesting.value = false;
    }
  }

  /**
   * Reads the day's saved crews; when there are some they replace those on screen (a day without
   * any keeps them, as a start for that day).
   */
  async function loadLineup(): Promise<void> {
    const day = date.value;
    const saved = await getDayLineup(day, { silent: true });
    if (day !== date.value) return; // the head has moved on to another day
    lineup.value = saved;
    if (saved.version > 0) {
      crews.value = saved.crews.map(draftOf);
      changed();
    }
  }

  /** Another day: what was proposed is dropped and that day's crews are read. */
  function dateChanged(): Promise<void> {
    changed();
    return loadLineup();
  }

  /** Saves the crews on screen as the day's line-up, over the version read; false when they have problems. */
  async function saveCrews(): Promise<boolean> {
    if (problems.value.size > 0) return false;
    savingCrews.value = true;
    try {
      const version = lineup.value?.date === date.value ? lineup.value.version : 0;
      lineup.value = await saveDayLineup({ date: date.value, version, crews: crewsOf(crews.value) });
      return true;
    } finally {
      savingCrews.value = false;
    }
  }

  function changed(): void {
    show(null, []);
    replan.value = null;
    dayProposals.value = [];
    acceptedDays.value = [];
  }

  /** Shows a proposal (null: none) over the crews it was made for, unedited. */
  function show(next: DayProposal | null, over: CrewInput[]): void {
    proposal.value = next;
    sentCrews.value = over;
    edit.value = next ? editOf(next, over.length) : null;
    checked.value = null;
    checkViolations.value = [];
    checkSeq++;
    checking.value = false;
  }

  /** Applies an edit and has the server check it; a later edit wins over an earlier answer. */
  async function applyEdit(next: PlanEdit): Promise<void> {
    const p = proposal.value;
    if (!p || next === edit.value) return;
    edit.value = next;
    checked.value = null;
    checkViolations.value = [];
    const seq = ++checkSeq;
    if (!isEdited(next, p)) {
      checking.value = false;
      return;
    }
    checking.value = true;
    try {
      const body = planBodyOf(p.date, next, sentCrews.value, jobs.value, replan.value !== null);
      const answer = await checkDayPlan(body, { silent: true });
      if (seq === checkSeq) checked.value = answer;
    } catch (error) {
      if (seq !== checkSeq) return;
      if (isApiError(error) && error.violations.length > 0) checkViolations.value = error.violations;
      else throw error;
    } finally {
      if (seq === checkSeq) checking.value = false;
    }
  }

  /** Moves a job to the end of a crew's route, or out of the plan (null). */
  function moveTo(jobId: number, crewIndex: number | null): Promise<void> {
    return edit.value ? applyEdit(moveJob(edit.value, jobId, crewIndex)) : Promise.resolve();
  }

  /** Moves a job one place earlier or later on its route. */
  function shift(jobId: number, delta: -1 | 1): Promise<void> {
    return edit.value ? applyEdit(shiftJob(edit.value, jobId, delta)) : Promise.resolve();
  }

  /** Back to the proposal as the assistant made it. */
  function resetEdit(): void {
    show(proposal.value, sentCrews.value);
  }

  /** Rejects the proposal: nothing was scheduled, so it is only put aside. */
  function discard(): void {
    changed();
  }

  function addCrew(): void {
    crews.value = [...crews.value, emptyCrew()];
    changed();
  }

  function removeCrew(index: number): void {
    crews.value = crews.value.filter((_, i) => i !== index);
    changed();
  }

  async function propose(): Promise<void> {
    if (problems.value.size > 0 || crews.value.length === 0) return;
    proposing.value = true;
    try {
      const sent = crewsOf(crews.value);
      // Days are planned one after another: each day's jobs have their own date, and the planner
      // uses both cores for one day at a time.
      const answers: DayProposal[] = [];
      const request = effortRequest(effort.value);
      for (let k = 0; k < dayCount.value; k += 1) {
        const body = { date: addDays(date.value, k), crews: sent, ...request.body };
        answers.push(await proposeDayPlan(body, request.options));
      }
      replan.value = null;
      dayProposals.value = answers;
      acceptedDays.value = [];
      activeDay.value = 0;
      show(answers[0] ?? null, sent);
    } finally {
      proposing.value = false;
    }
  }

  /**
   * Re-plans the rest of the day with the crews scheduled on it (R-DSP-4): their started visits
   * stay, each sets out from where it is, later by the delay entered for it.
   */
  async function replanTheDay(): Promise<void> {
    proposing.value = true;
    try {
      const late = Object.entries(delays.value)
        .filter(([, minutes]) => minutes > 0)
        .map(([leadId, minutes]) => ({ leadId: Number(leadId), minutes }));
      const request = effortRequest(effort.value);
      const answer = await replanDay({ date: date.value, delays: late, ...request.body }, request.options);
      replan.value = answer;
      dayProposals.value = [];
      acceptedDays.value = [];
      show(
        answer,
        answer.crews.map((c) => ({
          leadId: c.leadId,
          memberIds: c.memberIds,
          vehicleId: c.vehicleId,
          ...(c.driverId !== undefined ? { driverId: c.driverId } : {}),
          delayMinutes: c.delayMinutes,
        })),
      );
    } finally {
      proposing.value = false;
    }
  }

  /** Shows another day of a proposal over several days; edits not accepted are dropped. */
  function selectDay(index: number): void {
    const next = dayProposals.value[index];
    if (!next || index === activeDay.value) return;
    activeDay.value = index;
    show(next, sentCrews.value);
  }

  /** Whether the plan on screen can be accepted: something planned, and an edit checked and passed. */
  const acceptable = computed(
    () =>
      ((counts.value?.planned ?? 0) > 0 || (replan.value?.crews.length ?? 0) > 0) &&
      (!edited.value || (checked.value !== null && checkViolations.value.length === 0)),
  );

  async function accept(): Promise<boolean> {
    const p = proposal.value;
    if (!p || !edit.value || !acceptable.value) return false;
    accepting.value = true;
    try {
      await acceptDayPlan(planBodyOf(p.date, edit.value, sentCrews.value, jobs.value, replan.value !== null));
      acceptedDays.value = [...acceptedDays.value, p.date];
      return true;
    } finally {
      accepting.value = false;
    }
  }

  return {
    date,
    crews,
    lineup,
    crewsSaved,
    savingCrews,
    loadLineup,
    dateChanged,
    saveCrews,
    people,
    vehicles,
    proposal,
    sentCrews,
    jobs,
    shown,
    routes,
    replan,
    delays,
    edit,
    edited,
    checked,
    checking,
    checkViolations,
    kmDelta,
    acceptable,
    moveTo,
    shift,
    resetEdit,
    discard,
    replanTheDay,
    proposing,
    accepting,
    suggesting,
    suggest,
    accepted,
    dayCount,
    dayProposals,
    activeDay,
    acceptedDays,
    selectDay,
    problems,
    counts,
    loadChoices,
    changed,
    addCrew,
    removeCrew,
    propose,
    effort,
    accept,
  };
}
