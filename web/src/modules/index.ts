import { accountsModule } from './accounts';
import { approvalsModule } from './approvals';
import { auditModule } from './audit';
import { catalogModule } from './catalog';
import { customersModule } from './customers';
import { dealersModule } from './dealers';
import { dispatchModule } from './dispatch';
import { expensesModule } from './expenses';
import { fieldModule } from './field';
import { fleetModule } from './fleet';
import { geoModule } from './geo';
import { jobsModule } from './jobs';
import { policiesModule } from './policies';
import { staffModule } from './staff';
import type { NavItem, WebModule } from './types';

/** The one list of the UI's capability modules. Adding a capability adds one line. */
export const MODULES: readonly WebModule[] = [
  staffModule,
  dealersModule,
  geoModule,
  auditModule,
  policiesModule,
  accountsModule,
  approvalsModule,
  catalogModule,
  customersModule,
  fleetModule,
  jobsModule,
  dispatchModule,
  expensesModule,
  fieldModule,
];

/** Every module's navigation entries, in menu order. */
export const NAV_ITEMS: readonly NavItem[] = MODULES.flatMap((m) => m.nav).sort((a, b) => a.order - b.order);
