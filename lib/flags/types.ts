/** A feature flag as its readers need it (waffle Flag: everyone overrides; else by role). */
export type FlagRule = {
  name: string;
  everyone: boolean | null;
  superusers: boolean;
  staff: boolean;
  testing: boolean;
};
