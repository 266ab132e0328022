"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { checkRange, describeRange } from "@/lib/anchoring/describe-range";
import type { TextAnchor } from "@/lib/anchoring";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { facets as facetsOf, isPlaced, matchesFilters, type AnnotationFilters } from "@/lib/reader/annotation-view";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { domRanges, textRootId } from "@/components/reader/dom-ranges";
import { AnnotationPicker } from "./annotation-picker";
import { ImportAnnotations } from "@/components/interchange/import-annotations";
import { AnnotationPanel } from "./annotation-panel";
import { useDetail } from "./use-detail";
import { Composer } from "./composer";
import { preloadNoteEditor } from "./lazy-note-editor";
import { LAYERS, type GroupOption, type Layer } from "./layers";
import { SelectionToolbar } from "./selection-toolbar";
import { textModel } from "./text-model";
import { UndoToast, type Toast } from "./undo-toast";
import { FindElsewhere } from "@/components/search/find-elsewhere";
import { useAnnotationStore } from "./use-annotation-store";
import { scrollToRange, useHighlights } from "./use-highlights";
import { PlaceHereButtons, usePlaceAgain } from "./use-place-again";
import { useHighlightClick, useLayerKeys } from "./use-reader-input";
import { selectOffsets, toolbarAt, useTextSelection } from "./use-text-selection";
import { citationNear } from "@/lib/reader/citation-prefill";
import type { ReaderCitation } from "@/lib/sources/types";
import { type PaneBridge, usePaneBridge } from "./use-pane-bridge";
import { useTextScope } from "./text-scope";
import "./annotations.css";

export interface AnnotationLayerProps {
  sourceId: string;
  versionId: string;
  /** Signed in and allowed to annotate somewhere (not a viewer-only member). */
  canAnnotate: boolean;
  signedIn: boolean;
  groups: GroupOption[];
  /** Offer "Everyone" (false on a group's own source). */
  allowPublic: boolean;
  /** ?annotation=<id>: open this one once the list has loaded. */
  focusId: string | null;
  /** The text's citations: a new note on a passage holding one starts with its fields. */
  citations?: readonly ReaderCitation[];
  /** In a compare pane: what it shares with the view (lib: components/compare). */
  pane?: PaneBridge;
}

const NO_CITATIONS: readonly ReaderCitation[] = [];
const ALL: AnnotationFilters = { layers: new Set(LAYERS), author: "", tag: "", visibility: "" };

/** The reader's annotation layer: highlights in the text, the toolbar, the panel, live updates. */
export function AnnotationLayer({ sourceId, versionId, canAnnotate, signedIn, groups, allowPublic, focusId, citations = NO_CITATIONS, pane }: AnnotationLayerProps) {
  const scope = useTextScope();
  const store = useAnnotationStore(sourceId, pane?.onLive);
  const { annotations } = store.state;
  const [ownFilters, setOwnFilters] = useState(ALL);
  const filters = pane?.filters ?? ownFilters;
  const setFilters = pane?.onFilters ?? setOwnFilters;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [composing, setComposing] = useState<{ layer: Layer; anchor: TextAnchor; citation?: ReaderCitation } | null>(null);
  // Every reader's selection is tracked: "find elsewhere" needs no right to annotate.
  const [pending, setPending] = useTextSelection(true, scope.prefix);
  const [finding, setFinding] = useState<OffsetRange | null>(null);
  const [picker, setPicker] = useState<{ x: number; y: number; choices: AnnotationSummaryDto[] } | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<Element | null>(null);

  const items = useMemo(() => annotations.filter((a) => matchesFilters(a, filters)), [annotations, filters]);
  const shown = useMemo(() => items.filter(isPlaced), [items]);
  const orphans = useMemo(() => annotations.filter((a) => a.anchorStatus === "orphaned"), [annotations]);
  const facets = useMemo(() => facetsOf(annotations), [annotations]);
  const selected = annotations.find((a) => a.id === selectedId) ?? null;
  const onRanges = pane?.onRanges;
  const onPainted = useCallback((byId: Map<string, Range>) => onRanges?.(byId, shown), [onRanges, shown]);
  const rangesById = useHighlights(store.state.status === "loading" ? null : shown, selected !== null && isPlaced(selected) ? selected : null, composing?.anchor ?? pending, scope, onPainted);

  const select = useCallback(
    (id: string | null, scrollText: boolean) => {
      setSelectedId(id);
      setPicker(null);
      if (id === null) return;
      setOpen(true);
      const range = rangesById.current.get(id);
      if (scrollText && range !== undefined) scrollToRange(range, scope.scroller());
    },
    [rangesById, scope],
  );

  const choose = useCallback(
    (layer: Layer) => {
      const model = textModel(scope.prefix);
      if (pending === null || model === null || composing !== null) return;
      const problem = checkRange(model.text, pending.start, pending.end);
      if (problem !== null) return setToast({ message: problem.message });
      returnFocus.current = document.activeElement;
      setComposing({ layer, anchor: describeRange(model.text, pending.start, pending.end), citation: citationNear(citations, pending.start, pending.end) });
      setOpen(true);
    },
    [pending, composing, citations, scope.prefix],
  );
  const dropSelection = useCallback(() => {
    setPending(null);
    window.getSelection()?.removeAllRanges();
  }, [setPending]);
  const place = usePlaceAgain({ versionId, put: store.put, setToast, select: (id, scroll) => select(id, scroll), dropSelection });
  useLayerKeys(canAnnotate && pending !== null && composing === null && place.placing === null, choose, dropSelection);
  useHighlightClick(shown, (hits, x, y) => (hits.length === 1 ? select(hits[0]!.id, false) : setPicker({ x, y, choices: hits })), scope.prefix);
  usePaneBridge(pane, { selectedId, pending, ready: store.state.status === "ready" }, select, store.put);

  const onFound = useCallback(
    (match: OffsetRange) => {
      const root = document.getElementById(textRootId(scope.prefix));
      const [range] = root === null ? [] : domRanges(root, [match]);
      if (range === null || range === undefined) return false;
      selectOffsets(range);
      scrollToRange(range, scope.scroller());
      setPending({ ...match, ...toolbarAt(range, scope.prefix) });
      return true;
    },
    [setPending, scope],
  );

  // A deep link to an annotation (?annotation=<id>, from a link in another source).
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || focusId === null || store.state.status !== "ready") return;
    focused.current = true;
    if (annotations.some((a) => a.id === focusId)) select(focusId, true);
    else setToast({ message: "The linked annotation is not visible to you here." });
  }, [focusId, store.state.status, annotations, select]);

  // Whoever can write gets the editor fetched once the list is in, or as soon as they select text.
  const wantEditor = signedIn && (store.state.status === "ready" || pending !== null);
  useEffect(() => {
    if (wantEditor) preloadNoteEditor();
  }, [wantEditor]);

  // A new note's entry exists only once React commits the list (the first one replaces the empty state),
  // and under load that can be frames later, so focus moves from an effect rather than a timer.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    const head = document.querySelector<HTMLElement>(`#an-${CSS.escape(id)} .an-item-head`);
    if (head === null) return;
    focusAfterRender.current = null;
    head.focus();
  });

  const focusEntry = useCallback((id: string) => {
    focusAfterRender.current = id;
  }, []);
  const detail = useDetail({ store, setToast, select, selected, focusEntry });
  // Stable across selections, so the list's memoized entries do not all re-render on each click.
  const selectedNow = useRef(selectedId);
  useEffect(() => {
    selectedNow.current = selectedId;
  }, [selectedId]);
  const onSelect = useCallback((id: string) => select(id === selectedNow.current ? null : id, true), [select]);

  const closeToast = useCallback(() => setToast(null), []);
  const panelHeading = useCallback(() => document.getElementById(`${scope.prefix}an-heading`), [scope.prefix]);

  const composer =
    composing === null ? null : (
      <Composer
        sourceId={sourceId}
        versionId={versionId}
        anchor={composing.anchor}
        layer={composing.layer}
        groups={groups}
        allowPublic={allowPublic}
        citation={composing.citation}
        onCreated={(a) => {
          store.put(a);
          setComposing(null);
          dropSelection();
          select(a.id, false);
          focusAfterRender.current = a.id;
        }}
        onCancel={() => {
          setComposing(null);
          const back = returnFocus.current;
          if (back instanceof HTMLElement && back.isConnected) back.focus();
        }}
      />
    );

  return (
    <>
      <AnnotationPanel
        sourceId={sourceId}
        open={open || composing !== null}
        onToggle={() => setOpen((v) => !v)}
        status={store.state.status}
        error={store.state.error}
        total={annotations.length}
        items={items}
        orphans={orphans}
        facets={facets}
        filters={filters}
        onFilters={setFilters}
        onClearFilters={() => setFilters(ALL)}
        onPlace={canAnnotate ? place.start : undefined}
        placingId={place.placing?.id ?? null}
        selectedId={selectedId}
        onSelect={onSelect}
        detail={detail}
        signInHref={signedIn ? null : `/sign-in?callbackUrl=${encodeURIComponent(`/sources/${sourceId}`)}`}
        onFound={onFound}
        onChoose={canAnnotate ? choose : undefined}
        chosen={canAnnotate && pending !== null && composing === null}
        composer={composer}
        tools={canAnnotate ? <ImportAnnotations sourceId={sourceId} groups={groups} allowPrivate={allowPublic} /> : null}
      />
      {pending !== null && composing === null ? (
        <SelectionToolbar at={pending} onChoose={canAnnotate ? choose : undefined} onFindElsewhere={() => setFinding({ start: pending.start, end: pending.end })}>
          {place.placing === null ? undefined : (
            <PlaceHereButtons busy={place.busy} onPlace={() => void place.placeHere(pending)} onCancel={place.cancel} />
          )}
        </SelectionToolbar>
      ) : null}
      {finding === null ? null : <FindElsewhere sourceId={sourceId} range={finding} onClose={() => setFinding(null)} />}
      {picker === null ? null : (
        <AnnotationPicker {...picker} onPick={(id) => select(id, false)} onClose={() => setPicker(null)} />
      )}
      <UndoToast toast={toast} onClose={closeToast} focusAfter={panelHeading} />
    </>
  );
}
