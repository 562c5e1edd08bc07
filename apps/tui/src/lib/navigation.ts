// The navigation stack: which screens the user opened, in order, each with its own cursor and scroll,
// so going back restores exactly where they were. A pure reducer.

/** Filters of the briefing list. */
export interface ListFilters {
  /** Words typed after `/` (matched against titles, people, organizations and quotes). */
  query: string;
  /** Year shown, or `undefined` for every year. */
  year?: number | undefined;
  /** Meeting type shown, or `undefined` for every type. */
  type?: string | undefined;
  /** Review state shown (`curated` or `draft`), or `undefined` for both. */
  review?: string | undefined;
}

/** Where the user is on a screen: the selected row or block, and the first line shown. */
export interface Position {
  /** Index of the selected row (list) or block (detail screens). */
  cursor: number;
  /** First row or line shown. */
  offset: number;
}

/** One screen on the stack. */
export type Screen =
  | ({ kind: "list"; filters: ListFilters } & Position)
  | ({ kind: "meeting"; id: string } & Position)
  | ({ kind: "person"; id: string } & Position)
  | ({ kind: "organization"; id: string } & Position)
  | ({ kind: ViewKind } & Position);

/** Screens of the whole dataset, opened by a key from anywhere: meetings per year, and the succession of posts. */
export type ViewKind = "years" | "succession";

/**
 * What a block leads to: a record's screen (position starts at the top), or a year (the list, filtered to it).
 */
export type Target = { kind: "meeting" | "person" | "organization"; id: string } | { kind: "year"; id: string };

/** The state of the whole browser. */
export interface NavState {
  /** Screens opened, the first is the list and the last is shown. Never empty. */
  stack: Screen[];
  /** Is the help overlay open? */
  help: boolean;
  /** Is the list's filter being typed (keys go to the filter, not to navigation)? */
  typing: boolean;
  /** Is the evidence of the selected block shown (over a detail screen)? */
  evidence: boolean;
}

/** What can happen to the navigation state. */
export type NavAction =
  | { type: "open"; target: Target }
  | { type: "show"; view: ViewKind }
  | { type: "back" }
  | { type: "move"; cursor: number; offset: number }
  | { type: "filters"; filters: Partial<ListFilters> }
  | { type: "typing"; typing: boolean }
  | { type: "help"; open: boolean }
  | { type: "evidence"; open: boolean };

/** The state on start-up: the list, unfiltered, nothing selected beyond the first row. */
export function initialNavState(filters: Partial<ListFilters> = {}): NavState {
  return { stack: [{ kind: "list", filters: { query: "", ...filters }, cursor: 0, offset: 0 }], help: false, typing: false, evidence: false };
}

/** The screen shown (the top of the stack). */
export function currentScreen(state: NavState): Screen {
  return state.stack[state.stack.length - 1]!;
}

/** The next navigation state. Unknown or impossible actions return the same state object. */
export function navigate(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case "open": {
      if (action.target.kind === "year") {
        // A year of the year view: back to the list, showing that year's briefings only.
        const year = Number(action.target.id);
        const list = state.stack[0]!;
        if (list.kind !== "list" || !Number.isInteger(year)) return state;
        return { ...state, help: false, typing: false, stack: [{ ...list, filters: { query: "", year }, cursor: 0, offset: 0 }] };
      }
      const top = currentScreen(state);
      // Opening the screen already shown (a meeting's link to itself) does not grow the stack.
      if (top.kind === action.target.kind && "id" in top && top.id === action.target.id) return state;
      return { ...state, help: false, typing: false, evidence: false, stack: [...state.stack, { ...action.target, cursor: 0, offset: 0 }] };
    }
    case "show": {
      const top = currentScreen(state);
      if (top.kind === action.view) return state.help || state.typing ? { ...state, help: false, typing: false } : state;
      return { ...state, help: false, typing: false, stack: [...state.stack, { kind: action.view, cursor: 0, offset: 0 }] };
    }
    case "back":
      if (state.help) return { ...state, help: false };
      if (state.evidence) return { ...state, evidence: false };
      if (state.stack.length <= 1) return state;
      return { ...state, typing: false, stack: state.stack.slice(0, -1) };
    case "move": {
      const top = currentScreen(state);
      const cursor = Math.max(0, action.cursor);
      const offset = Math.max(0, action.offset);
      if (top.cursor === cursor && top.offset === offset) return state;
      return { ...state, stack: [...state.stack.slice(0, -1), { ...top, cursor, offset }] };
    }
    case "filters": {
      const top = currentScreen(state);
      if (top.kind !== "list") return state;
      // New filters show a new list: start again from its first row.
      return { ...state, stack: [...state.stack.slice(0, -1), { ...top, filters: { ...top.filters, ...action.filters }, cursor: 0, offset: 0 }] };
    }
    case "typing":
      if (currentScreen(state).kind !== "list" || state.typing === action.typing) return state;
      return { ...state, typing: action.typing };
    case "help":
      return state.help === action.open ? state : { ...state, help: action.open, typing: false, evidence: false };
    case "evidence":
      // Only a detail screen has blocks that cite evidence.
      if (state.evidence === action.open || (action.open && currentScreen(state).kind === "list")) return state;
      return { ...state, evidence: action.open, help: false };
  }
}
