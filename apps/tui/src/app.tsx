// The browser: a pure component over a sanitised dataset. State is the navigation stack (a pure
// reducer); what each screen shows is derived from it and from the terminal size.
import { MEETING_TYPE_LABELS, REVIEW_STATE_LABELS, indexById, labelOf, lookup } from "@briefings/core";
import { stripUnsafe } from "@briefings/core/text";
import { Text, useApp, useInput, type Key } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTerminalSize } from "./hooks/use-terminal-size";
import { commandOf, footerKeys, splitKeys, type Command } from "./keys";
import { cycle, filterIndexed, typesOf, yearsOf } from "./lib/filter";
import { frameHeader, listStatus } from "./lib/frame-text";
import type { ListRow } from "./lib/list-rows";
import { currentScreen, initialNavState, navigate, type ListFilters, type NavAction, type NavState, type Screen } from "./lib/navigation";
import { prepareDataset, type Prepared } from "./lib/prepare";
import type { SafeDataset } from "./lib/sanitize";
import { clampCursor, scrollToShow } from "./lib/windowing";
import { jumpSection, layoutDocument, nearestSelectable, pageBlock, stepSelectable, type DetailDocument, type DocLayout } from "./model/document";
import { meetingDocument } from "./model/meeting-document";
import { organizationDocument } from "./model/organization-document";
import { personDocument } from "./model/person-document";
import { successionDocument, yearsDocument } from "./model/timeline-documents";
import { DocumentScreen } from "./screens/document-screen";
import { EvidenceScreen } from "./screens/evidence-screen";
import { Frame, bodyHeight } from "./screens/frame";
import { HelpScreen } from "./screens/help-screen";
import { ListScreen } from "./screens/list-screen";

/** Props of the browser. */
export interface AppProps {
  /**
   * The data to browse: sanitised at the boundary (`sanitizeDataset`, then prepared at once), or being
   * prepared (`prepareDataset`: the list first, the rest in steps between frames).
   */
  dataset: SafeDataset | Prepared;
  /** Columns; defaults to the terminal's (and follows resizes). */
  width?: number | undefined;
  /** Rows; defaults to the terminal's (and follows resizes). */
  height?: number | undefined;
  /** Use colour (false when NO_COLOR is set). Default true. */
  color?: boolean | undefined;
  /** The state to start in (tests, deep links; default: the list). */
  initialState?: NavState | undefined;
}

/** The detail document of a screen, or `undefined` for the list. */
export function documentOf(dataset: SafeDataset, screen: Screen): DetailDocument | undefined {
  switch (screen.kind) {
    case "list":
      return undefined;
    case "meeting":
      return meetingDocument(dataset, screen.id) ?? missing("Briefing", screen.id);
    case "person":
      return personDocument(dataset, screen.id) ?? missing("Person", screen.id);
    case "organization":
      return organizationDocument(dataset, screen.id) ?? missing("Organization", screen.id);
    case "years":
      return yearsDocument(dataset);
    case "succession":
      return successionDocument(dataset);
  }
}

function missing(kind: string, id: string): DetailDocument {
  return { kind, title: id, blocks: [{ section: kind, style: "muted", text: `No ${kind.toLowerCase()} with id ${id} in the dataset.` }], sources: [] };
}

/** The list's rows by id (built once per list, for names of screens shown before the lookups are ready). */
const rowsById = new WeakMap<readonly ListRow[], Map<string, ListRow>>();

function rowOf(rows: readonly ListRow[], id: string): ListRow | undefined {
  let byId = rowsById.get(rows);
  if (byId === undefined) rowsById.set(rows, (byId = indexById(rows)));
  return byId.get(id);
}

/** A short name of a screen, for the breadcrumb path. */
export function screenName(prepared: Prepared, screen: Screen): string {
  // The list needs no lookup tables (nor the whole dataset neutralised): only detail screens do. Until the
  // lookups are built (a big file still being read), a briefing is named from its list row, others by id:
  // the name never waits for the rest of the file.
  switch (screen.kind) {
    case "list":
      return "Briefings";
    case "meeting":
      if (!prepared.detailed) return rowOf(prepared.rows, screen.id)?.date ?? screen.id;
      return lookup(prepared.safe()).meeting.get(screen.id)?.dates.value.start ?? screen.id;
    case "person":
      if (!prepared.detailed) return screen.id;
      return lookup(prepared.safe()).person.get(screen.id)?.name ?? screen.id;
    case "organization": {
      if (!prepared.detailed) return screen.id;
      const o = lookup(prepared.safe()).organization.get(screen.id);
      return o?.acronym ?? o?.name ?? screen.id;
    }
    case "years":
      return "Years";
    case "succession":
      return "Chairs and CTED heads";
  }
}

/** Longest step of the work after the first frame, in milliseconds: a key waits at most about this long. */
const STEP_MS = 6;

/** The browser's data: a dataset sanitised at the boundary is prepared at once (a small one, in tests); a `Prepared` one goes on in steps. */
function preparedOf(dataset: SafeDataset | Prepared): Prepared {
  if ("step" in dataset && typeof dataset.step === "function") return dataset as Prepared;
  const prepared = prepareDataset(dataset as SafeDataset);
  prepared.step(Number.POSITIVE_INFINITY);
  return prepared;
}

/**
 * What a detail screen shows while the rest of a big file is still being read and neutralised: a line that
 * says so. The screen is drawn again with its document once the lookups are ready; esc goes back meanwhile.
 */
export const PREPARING: DetailDocument = {
  kind: "Loading",
  title: "Loading",
  blocks: [{ section: "Loading", style: "muted", text: "Reading the rest of the dataset… this screen opens as soon as it is ready (esc goes back)." }],
  sources: [],
};

/** What a state shows: derived data of the current screen. */
interface View {
  screen: Screen;
  filters: ListFilters;
  /** The list's rows after its filters. */
  filtered: readonly ListRow[];
  doc?: DetailDocument | undefined;
  layout?: DocLayout | undefined;
  /** The cursor, on a selectable block for detail screens. */
  cursor: number;
}

/** Computes views with caches, so that a key handler and a render of the same state share the work. */
function createViews(prepared: Prepared) {
  const { rows } = prepared;
  let lastFilters: ListFilters | undefined;
  let lastIndexed = -1;
  let lastFiltered: readonly ListRow[] = rows;
  const docs = new Map<string, DetailDocument | undefined>();
  const layouts = new WeakMap<DetailDocument, { width: number; layout: DocLayout }>();
  return (state: NavState, width: number): View => {
    const screen = currentScreen(state);
    const first = state.stack[0]!;
    const filters = first.kind === "list" ? first.filters : { query: "" };
    // Filtered again when the filters change, or when the filter's index has grown since (while it is built).
    const indexed = prepared.index?.indexed ?? 0;
    if (filters !== lastFilters || (filters.query !== "" && indexed !== lastIndexed)) {
      const filtering = filters.query !== "" || filters.year !== undefined || filters.type !== undefined || filters.review !== undefined;
      lastFiltered = filtering ? filterIndexed(rows, prepared.index, filters) : rows;
      lastFilters = filters;
      lastIndexed = indexed;
    }
    if (screen.kind === "list") return { screen, filters, filtered: lastFiltered, cursor: screen.cursor };
    const key = "id" in screen ? `${screen.kind}:${screen.id}` : screen.kind;
    if (!prepared.detailed) {
      // A detail screen opened before the lookups are built: a placeholder now, never a wait for the whole file.
      const layout = layoutDocument(PREPARING, width - 2);
      return { screen, filters, filtered: lastFiltered, doc: PREPARING, layout, cursor: 0 };
    }
    if (!docs.has(key)) {
      if (docs.size > 50) docs.clear();
      docs.set(key, documentOf(prepared.safe(), screen));
    }
    const doc = docs.get(key);
    let layout: DocLayout | undefined;
    if (doc) {
      const cached = layouts.get(doc);
      layout = cached?.width === width ? cached.layout : layoutDocument(doc, width - 2);
      layouts.set(doc, { width, layout });
    }
    return { screen, filters, filtered: lastFiltered, doc, layout, cursor: doc ? nearestSelectable(doc, screen.cursor) : screen.cursor };
  };
}

/** How far a dataset's preparation is: 0 the list only, 1 the detail screens too, 2 everything (the filter's index). */
const stageOf = (prepared: Prepared): number => (prepared.done ? 2 : prepared.detailed ? 1 : 0);

/** The briefings browser. */
export function App({ dataset, width: fixedWidth, height: fixedHeight, color = true, initialState }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const width = Math.max(20, fixedWidth ?? size.columns);
  const height = Math.max(4, fixedHeight ?? size.rows);
  const body = bodyHeight(height);

  // The first frame needs only the list's rows; the rest (the dataset neutralised, lookups, the filter's
  // index) is built after it, a step of at most STEP_MS per turn of the event loop, keys served between.
  const prepared = useMemo(() => preparedOf(dataset), [dataset]);
  // Drawn again when the detail screens become ready (a placeholder may be on screen) and when all is done
  // (a query matched among the briefings indexed so far gets every match); not after every step.
  const [, setStage] = useState(() => stageOf(prepared));
  useEffect(() => {
    if (prepared.done) return;
    let stage = stageOf(prepared);
    let timer = setImmediate(function step() {
      const done = prepared.step(STEP_MS);
      if (stageOf(prepared) !== stage) setStage((stage = stageOf(prepared)));
      if (!done) timer = setImmediate(step);
    });
    return () => clearImmediate(timer);
  }, [prepared]);
  const { rows } = prepared;
  const viewOf = useMemo(() => createViews(prepared), [prepared]);
  const years = () => yearsOf(rows);
  const types = () => typesOf(rows);
  const reviews = useMemo(() => [...new Set(rows.map((r) => r.review))].sort(), [rows]);

  // The state lives in a ref as well: a key handler always works on the latest state and size, even
  // before React has rendered (and re-subscribed the handler) after the previous key.
  const [state, setState] = useState(() => initialState ?? initialNavState());
  const live = useRef(state);
  const latest = useRef({ width, body, viewOf, years, types, reviews, prepared });
  latest.current = { width, body, viewOf, years, types, reviews, prepared };
  const dispatch = (action: NavAction) => {
    live.current = navigate(live.current, action);
    setState(live.current);
  };

  const move = (target: number) => {
    const { width, body, viewOf } = latest.current;
    const { screen, filtered, doc, layout } = viewOf(live.current, width);
    if (screen.kind === "list") {
      const c = clampCursor(target, filtered.length);
      dispatch({ type: "move", cursor: c, offset: scrollToShow(screen.offset, c, c + 1, body, filtered.length) });
    } else if (doc && layout) {
      const c = nearestSelectable(doc, Math.max(0, Math.min(target, doc.blocks.length - 1)));
      // Show a section's heading with its first block.
      const from = doc.blocks[c - 1]?.style === "heading" ? layout.blockStart[c - 1]! : layout.blockStart[c]!;
      dispatch({ type: "move", cursor: c, offset: scrollToShow(screen.offset, from, layout.blockEnd[c]!, body, layout.lines.length) });
    }
  };

  const pageTarget = (view: View, dir: 1 | -1): number => {
    const { body } = latest.current;
    const { screen, doc, layout, cursor } = view;
    if (screen.kind === "list") return cursor + dir * Math.max(1, body - 1);
    if (!doc || !layout) return 0;
    return pageBlock(doc, layout, cursor, body, dir);
  };

  const run = (command: Command) => {
    const { width, viewOf, years, types, reviews } = latest.current;
    const state = live.current;
    const current = viewOf(state, width);
    const { screen, filters, filtered, doc, cursor } = current;
    switch (command) {
      case "quit":
        exit();
        return;
      case "help":
        dispatch({ type: "help", open: !state.help });
        return;
      case "evidence":
        if (doc && doc !== PREPARING) dispatch({ type: "evidence", open: !state.evidence });
        return;
      case "up":
        move(screen.kind === "list" ? cursor - 1 : doc ? stepSelectable(doc, cursor, -1) : 0);
        return;
      case "down":
        move(screen.kind === "list" ? cursor + 1 : doc ? stepSelectable(doc, cursor, 1) : 0);
        return;
      case "pageUp":
        move(pageTarget(current, -1));
        return;
      case "pageDown":
        move(pageTarget(current, 1));
        return;
      case "top":
        move(0);
        return;
      case "bottom":
        move(screen.kind === "list" ? filtered.length - 1 : doc ? stepSelectable(doc, doc.blocks.length - 1, 0) : 0);
        return;
      case "nextSection":
      case "previousSection":
        if (doc) move(jumpSection(doc, cursor, command === "nextSection" ? 1 : -1));
        return;
      case "open": {
        const row = filtered[cursor];
        const target = screen.kind === "list" ? (row ? { kind: "meeting" as const, id: row.id } : undefined) : doc?.blocks[cursor]?.target;
        if (target) dispatch({ type: "open", target });
        return;
      }
      case "back":
        if (state.stack.length > 1) dispatch({ type: "back" });
        // On the list, esc clears the filters.
        else if (filters.query !== "" || filters.year !== undefined || filters.type !== undefined || filters.review !== undefined) {
          dispatch({ type: "filters", filters: { query: "", year: undefined, type: undefined, review: undefined } });
        }
        return;
      case "filter":
        if (screen.kind === "list") dispatch({ type: "typing", typing: true });
        return;
      case "year":
        if (screen.kind === "list") dispatch({ type: "filters", filters: { year: cycle(years(), filters.year) } });
        return;
      case "type":
        if (screen.kind === "list") dispatch({ type: "filters", filters: { type: cycle(types(), filters.type) } });
        return;
      case "review":
        if (screen.kind === "list") dispatch({ type: "filters", filters: { review: cycle(reviews, filters.review) } });
        return;
      case "years":
      case "succession":
        dispatch({ type: "show", view: command });
        return;
    }
  };

  /** A key press while the list's filter is being typed. */
  const typeFilter = (input: string, key: Key) => {
    const first = live.current.stack[0]!;
    const query = first.kind === "list" ? first.filters.query : "";
    if (key.escape) {
      dispatch({ type: "filters", filters: { query: "" } });
      dispatch({ type: "typing", typing: false });
    } else if (key.return) {
      // Enter opens the highlighted briefing at once; the filter stays, for when the reader comes back.
      dispatch({ type: "typing", typing: false });
      const { width, viewOf, prepared } = latest.current;
      // The query is typed in full: it opens its first match among all briefings, not among those indexed
      // so far (keys typed at start, as "/name⏎" in one go, arrive before the index is complete).
      if (!prepared.done) {
        prepared.step(Number.POSITIVE_INFINITY);
        setStage(stageOf(prepared));
      }
      const { screen, filtered, cursor } = viewOf(live.current, width);
      const row = screen.kind === "list" ? filtered[cursor] : undefined;
      if (row) dispatch({ type: "open", target: { kind: "meeting", id: row.id } });
    }
    else if (key.backspace || key.delete) dispatch({ type: "filters", filters: { query: [...query].slice(0, -1).join("") } });
    else if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) {
      const command = commandOf(input, key);
      if (command) run(command);
    } else if (!key.ctrl && !key.meta && input !== "") {
      // The query is shown on screen: it gets no control characters either.
      const text = stripUnsafe(input);
      if (text !== "") dispatch({ type: "filters", filters: { query: query + text } });
    }
  };

  useInput((input, key) => {
    if (key.ctrl && input === "c") return exit();
    // Keys pressed faster than a frame arrive together ("jj", "/meza\r"): each one counts, and each
    // goes where the state left by the previous one sends it (navigation, the filter, the help).
    for (const press of splitKeys(input, key)) {
      const state = live.current;
      if (state.help) {
        if (press.input === "q") return exit();
        if (press.key.escape || press.input === "?" || press.key.backspace || press.key.delete || press.key.return) dispatch({ type: "help", open: false });
      } else if (state.evidence) {
        if (press.input === "q") return exit();
        if (press.key.escape || press.input === "e" || press.key.backspace || press.key.delete || press.key.return || press.key.leftArrow) {
          dispatch({ type: "evidence", open: false });
        }
      } else if (state.typing) typeFilter(press.input, press.key);
      else {
        const command = commandOf(press.input, press.key);
        if (command) run(command);
      }
    }
  });

  const { screen, filters, filtered, doc, layout, cursor } = viewOf(state, width);
  const header = frameHeader(state.stack.map((s) => screenName(prepared, s)));
  if (state.help) {
    return (
      <Frame width={width} height={height} header={header} status="Help" footer={footerKeys("help")} color={color}>
        <HelpScreen width={width} height={body} />
      </Frame>
    );
  }
  if (screen.kind === "list") {
    const labels = {
      query: filters.query,
      year: filters.year,
      typeLabel: filters.type === undefined ? undefined : (MEETING_TYPE_LABELS[filters.type as keyof typeof MEETING_TYPE_LABELS] ?? filters.type),
      reviewLabel: filters.review === undefined ? undefined : labelOf(REVIEW_STATE_LABELS, filters.review),
    };
    const status = listStatus(filtered.length, rows.length, labels, state.typing, prepared.index?.complete !== true);
    return (
      <Frame width={width} height={height} header={header} status={status} footer={footerKeys(state.typing ? "typing" : "list")} color={color}>
        <ListScreen
          rows={filtered}
          cursor={cursor}
          // After a resize the selected row may be out of view: keep it in.
          offset={scrollToShow(screen.offset, cursor, cursor + 1, body, filtered.length)}
          width={width}
          height={body}
          color={color}
        />
      </Frame>
    );
  }
  if (!doc || !layout) return <Text>Nothing to show.</Text>;
  const block = doc.blocks[cursor];
  if (state.evidence) {
    return (
      <Frame width={width} height={height} header={header} status={`${doc.kind} · ${block?.section ?? ""} · sources`} footer={footerKeys("evidence")} color={color}>
        <EvidenceScreen doc={doc} block={block} width={width} height={body} color={color} />
      </Frame>
    );
  }
  const target = block?.target;
  const hint = target === undefined ? "" : target.kind === "year" ? ` · enter lists the briefings of ${target.id}` : ` · enter opens the ${target.kind === "meeting" ? "briefing" : target.kind}`;
  const cited = block?.cites !== undefined && block.cites.length > 0;
  // "press e …": a bare "e shows its sources" after the section read like a word cut off at the edge.
  const status = `${doc.kind} · ${block?.section ?? ""}${hint}${cited ? " · press e for its sources" : ""}`;
  return (
    <Frame width={width} height={height} header={header} status={status} footer={footerKeys("detail")} color={color}>
      <DocumentScreen
        doc={doc}
        layout={layout}
        cursor={cursor}
        // After a resize the selected block may have moved: keep it in view.
        offset={scrollToShow(screen.offset, layout.blockStart[cursor] ?? 0, layout.blockEnd[cursor] ?? 0, body, layout.lines.length)}
        height={body}
        color={color}
      />
    </Frame>
  );
}
