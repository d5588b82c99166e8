/** The break engine's public surface: the reducer, its types, settings, local time and status text. */
export { initialState, step } from './engine-step.ts';
export { defaultEngineSettings } from './engine-settings.ts';
export type { EngineSettings, PerWeekday, Weekday, WorkingHours, WorkingRange } from './engine-settings.ts';
export type {
  BreakEnded,
  BreakKind,
  EngineContext,
  EngineEffect,
  EngineEvent,
  EngineInput,
  EngineState,
  EngineStatus,
  IdleSource,
  OfferAnswer,
  Phase,
  Presence,
  PromptKind,
  StepResult,
} from './engine-types.ts';
export { stamped } from './engine-types.ts';
export { createLocalTime } from './local-time.ts';
export type { LocalTime, WeekdayAndMinute } from './local-time.ts';
export { statusText } from './status-text.ts';
export { isInsideWorkingHours, workingHoursAt } from './working-hours.ts';
export type { HoursState } from './working-hours.ts';
