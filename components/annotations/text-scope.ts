"use client";

import { createContext, useContext } from "react";

/**
 * Which text on the page the annotation tools work on. The reader has one (ids tx,
 * b-0...; the window scrolls); the compare view has two panes, each with an id prefix
 * and its own scrolling box.
 */
export interface TextScope {
  prefix: string;
  scroller: () => HTMLElement | null;
}

const READER: TextScope = { prefix: "", scroller: () => null };

export const TextScopeContext = createContext<TextScope>(READER);

export const useTextScope = (): TextScope => useContext(TextScopeContext);
