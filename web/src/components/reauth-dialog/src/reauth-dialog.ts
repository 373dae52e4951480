import type { ExtractPropTypes } from 'vue';

/** The dialog reads what it needs from `useReauth()`: the waiting request and the username. */
export const reauthDialogProps = {} as const;

export type ReauthDialogProps = ExtractPropTypes<typeof reauthDialogProps>;

export const reauthDialogEmits = {
  /** @description the user logged in again (true) or gave up (false); waiting requests follow */
  done: (loggedIn: boolean) => typeof loggedIn === 'boolean',
};

export type ReauthDialogEmits = typeof reauthDialogEmits;
