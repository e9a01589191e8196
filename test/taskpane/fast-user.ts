/**
 * user-event options for the pane's DOM tests: no artificial delay between events, and no
 * pointer-events check, which calls jsdom's slow getComputedStyle up the whole tree on every
 * click (Fluent injects hundreds of style rules). Visibility is asserted by the tests themselves.
 */
import { PointerEventsCheckLevel, type Options } from "@testing-library/user-event";

export const FAST_USER: Options = {
  delay: null,
  pointerEventsCheck: PointerEventsCheckLevel.Never,
};
