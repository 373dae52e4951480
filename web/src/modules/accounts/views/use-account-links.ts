import { useI18n } from 'vue-i18n';
import type { RemoteOption } from '@/components/remote-select';
import { getDealer, listDealers, type Dealer } from '@/modules/dealers/api';
import { getStaff, listStaff, type Staff } from '@/modules/staff/api';
import { listUsers } from '@/modules/accounts/api';

/** The pickers of the new-account form: a staff member or a dealer, never typed as a number. */
export interface AccountLinks {
  /** Active staff matching a search (name or phone); a staff member who has an account says so. */
  searchStaff: (query: string) => Promise<RemoteOption[]>;
  resolveStaff: (id: number) => Promise<RemoteOption | null>;
  /** Dealers matching a search (name, contact or city). */
  searchDealers: (query: string) => Promise<RemoteOption[]>;
  resolveDealer: (id: number) => Promise<RemoteOption | null>;
  /** The record behind a choice (loaded by a search or resolve). */
  staff: (id: number) => Staff | undefined;
  dealer: (id: number) => Dealer | undefined;
  /** Forgets which staff members have accounts (call when the dialog opens). */
  refresh: () => void;
}

/** Pickers for the staff member or dealer a new account belongs to. */
export function useAccountLinks(): AccountLinks {
  const { t } = useI18n();
  const staffById = new Map<number, Staff>();
  const dealerById = new Map<number, Dealer>();
  let accountsByStaff: Promise<Map<number, string>> | null = null;

  /** Login names of the accounts linked to staff (a department has a few dozen accounts). */
  function linkedAccounts(): Promise<Map<number, string>> {
    accountsByStaff ??= (async () => {
      const out = new Map<number, string>();
      for (let page = 1; page <= 20; page += 1) {
        const result = await listUsers({ page, pageSize: 200 }, { silent: true });
        for (const user of result.items) if (user.staffId) out.set(user.staffId, user.username);
        if (page * 200 >= result.total) break;
      }
      return out;
    })().catch(() => new Map<number, string>());
    return accountsByStaff;
  }

  function staffOption(member: Staff, linked: Map<number, string>): RemoteOption {
    const account = linked.get(member.id);
    const grade = member.grade === 'none' ? '' : t(`enums.grade.${member.grade}`);
    const hint = account
      ? t('users.form.staffHasAccount', { username: account })
      : [grade, member.phone].filter(Boolean).join(' · ');
    return { value: member.id, label: member.name, hint };
  }

  function dealerOption(dealer: Dealer): RemoteOption {
    return { value: dealer.id, label: dealer.name, hint: [dealer.contact, dealer.city].filter(Boolean).join(' · ') };
  }

  async function searchStaff(query: string): Promise<RemoteOption[]> {
    const [page, linked] = await Promise.all([
      listStaff({ q: query || undefined, status: 'active', page: 1, pageSize: 50 }, { silent: true }),
      linkedAccounts(),
    ]);
    for (const member of page.items) staffById.set(member.id, member);
    return page.items.map((member) => staffOption(member, linked));
  }

  async function resolveStaff(id: number): Promise<RemoteOption | null> {
    const member = staffById.get(id) ?? (await getStaff(id));
    staffById.set(id, member);
    return staffOption(member, await linkedAccounts());
  }

  // FOLLOW-UP(server): `GET /dealers` has no `q`; a department works with a few hundred dealers, so
  // the search reads them and filters here.
  async function searchDealers(query: string): Promise<RemoteOption[]> {
    const needle = query.trim().toLowerCase();
    const found: Dealer[] = [];
    for (let page = 1; page <= 10; page += 1) {
      const result = await listDealers({ page, pageSize: 200 }, { silent: true });
      for (const dealer of result.items) {
        dealerById.set(dealer.id, dealer);
        const text = `${dealer.name} ${dealer.contact} ${dealer.city} ${dealer.phone}`.toLowerCase();
        if (!needle || text.includes(needle)) found.push(dealer);
      }
      if (page * 200 >= result.total) break;
    }
    return found.slice(0, 50).map(dealerOption);
  }

  async function resolveDealer(id: number): Promise<RemoteOption | null> {
    const dealer = dealerById.get(id) ?? (await getDealer(id, { silent: true }).catch(() => null));
    if (!dealer) return null;
    dealerById.set(id, dealer);
    return dealerOption(dealer);
  }

  return {
    searchStaff,
    resolveStaff,
    searchDealers,
    resolveDealer,
    staff: (id) => staffById.get(id),
    dealer: (id) => dealerById.get(id),
    refresh: () => {
      accountsByStaff = null;
    },
  };
}
