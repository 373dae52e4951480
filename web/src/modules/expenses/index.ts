import { Wallet } from '@element-plus/icons-vue';
import { pageRoute, type WebModule } from '@/modules/types';

/**
 * Travel claims (R-EXP-1..7): one's own claims and a new claim with its lines; each claim's link
 * (`/expenses/5`) opens its detail with claimed vs allowed and the rule behind each line, where the
 * head approves or rejects and finance pays; finance exports XLSX. The server scopes what each
 * reader sees (own claims, or all with `expense.read_all`).
 */
export const expensesModule: WebModule = {
  name: 'expenses',
  routes: [
    pageRoute('expenses', 'Expenses', () => import('./views/list.vue'), 'expense.read', 'expenses.title', ':id(\\d+)'),
  ],
  nav: [
    {
      name: 'Expenses',
      path: '/expenses',
      titleKey: 'layout.nav.expenses',
      permission: 'expense.read',
      icon: Wallet,
      order: 40,
    },
  ],
};
