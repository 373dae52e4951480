import type { RemoteOption } from '@/components/remote-select';
import { getStaff, listStaff } from '@/modules/staff/api';

/** Active staff holding the driver role whose name or phone matches (a RemoteSelect's search). */
export async function searchDrivers(query: string): Promise<RemoteOption[]> {
  const page = await listStaff({ q: query || undefined, status: 'active', pageSize: 50 }, { silent: true });
  return page.items
    .filter((s) => s.roles.includes('driver'))
    .map((s) => ({ value: s.id, label: s.name, hint: s.phone }));
}

/** The option of a staff id chosen elsewhere (a vehicle's usual driver), to show the name. */
export async function resolveDriver(id: number): Promise<RemoteOption | null> {
  const staff = await getStaff(id);
  return { value: staff.id, label: staff.name, hint: staff.phone };
}
