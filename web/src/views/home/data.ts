import type { Component } from 'vue';
import { Bell, Collection, Histogram, Stamp } from '@element-plus/icons-vue';
import type { Role } from '@/api/auth';
import type { HomeItem } from '@/api/home';
import { ROLES } from '@/modules/accounts/grants';

type Knows = (key: string) => boolean;

/** How a home item is shown: its icon and whether a non-zero count needs action today. */
interface HomeItemLook {
  icon: Component;
  /** A non-zero count is work to do (shown in the warning colour), not just information. */
  actionable: boolean;
}

/** The items the server sends today (issue 7); each capability adds its own as it lands. */
const LOOKS: Record<string, HomeItemLook> = {
  approvalsPending: { icon: Stamp, actionable: true },
  eligibleForPromotion: { icon: Histogram, actionable: true },
  trainingGaps: { icon: Collection, actionable: true },
  policyChangesPending: { icon: Bell, actionable: false },
};

/** The look of an item; an item this UI does not know yet still shows, with a generic icon. */
export function itemLook(key: string): HomeItemLook {
  return LOOKS[key] ?? { icon: Bell, actionable: false };
}

/** The locale key of an item's label, or null for a key the UI has no label for (shown as sent). */
export function itemLabelKey(te: Knows, key: string): string | null {
  const path = `home.items.${key}.label`;
  return /^[A-Za-z0-9_]+$/.test(key) && te(path) ? path : null;
}

/** Items to do first: a non-zero count before zero, then in the server's order (a stable sort). */
export function orderItems(items: readonly HomeItem[]): HomeItem[] {
  return [...items].sort((a, b) => Number(b.count > 0) - Number(a.count > 0));
}

/** A path the UI can route to (the server sends paths such as /approvals; nothing off-site). */
export function safePath(path: string): string | null {
  return path.startsWith('/') && !path.startsWith('//') ? path : null;
}

/**
 * The roles whose "coming here" note the page shows, in the contract's order: what each will find
 * on this page as its modules land (jobs for sales, today's jobs for installers …).
 */
export function comingRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
