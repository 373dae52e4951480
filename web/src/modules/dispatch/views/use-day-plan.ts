import { computed, ref, shallowRef } from 'vue';
import { listStaff } from '@/modules/staff/api';
import { listLeave } from '@/modules/staff/leave-api';
import { listVehicles } from '@/modules/fleet/api';
import { todayInShanghai } from '@/utils/format';
import { acceptDayPlan, proposeDayPlan, type CrewInput, type DayProposal } from '../api';
import { availableOn, suggestCrews } from './crew-suggestion';
import { acceptBodyOf, crewProblems, crewsOf, emptyCrew, proposalCounts, type CrewDraft } from './data';

/** A person or vehicle the crew selects offer. */
export interface Choice {
  value: number;
  label: string;
  driver?: boolean;
}

/**
 * State of the planning assistant's page (R-DSP-4): the day, the crews the head forms, the
 * proposal and its acceptance. The proposal is dropped whenever the day or a crew changes, so
 * what is accepted is always what was shown.
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
  const accepted = ref(false);
  const problems = computed(() => crewProblems(crews.value));
  const counts = computed(() => (proposal.value ? proposalCounts(proposal.value) : null));

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

  function changed(): void {
    proposal.value = null;
    accepted.value = false;
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
      proposal.value = await proposeDayPlan({ date: date.value, crews: sent });
      sentCrews.value = sent;
      accepted.value = false;
    } finally {
      proposing.value = false;
    }
  }

  async function accept(): Promise<boolean> {
    if (!proposal.value) return false;
    accepting.value = true;
    try {
      await acceptDayPlan(acceptBodyOf(proposal.value, sentCrews.value));
      accepted.value = true;
      return true;
    } finally {
      accepting.value = false;
    }
  }

  return {
    date,
    crews,
    people,
    vehicles,
    proposal,
    proposing,
    accepting,
    suggesting,
    suggest,
    accepted,
    problems,
    counts,
    loadChoices,
    changed,
    addCrew,
    removeCrew,
    propose,
    accept,
  };
}
