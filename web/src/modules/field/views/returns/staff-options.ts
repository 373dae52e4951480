import type { RemoteOption } from '@/components/remote-select';
import { getStaff, listStaff } from '@/modules/staff/api';

/**
 * The head's search for a staff member outside the crew (a RemoteSelect's search and resolve),
 * remembering the names it showed so the charge's confirmation can name the person.
 */
export function staffPicker() {
  const names = new Map<number, string>();

  async function search(query: string): Promise<RemoteOption[]> {
    const page = await listStaff({ q: query || undefined, status: 'active', pageSize: 50 }, { silent: true });
    return page.items.map((s) => {
      names.set(s.id, s.name);
      return { value: s.id, label: s.name, hint: s.phone };
    });
  }

  async function resolve(id: number): Promise<RemoteOption | null> {
    const staff = await getStaff(id);
    names.set(staff.id, staff.name);
    return { value: staff.id, label: staff.name, hint: staff.phone };
  }

  return { search, resolve, nameOf: (id: number): string | undefined => names.get(id) };
}
