/**
 * Pointer interaction on the canvas: hover highlights a node's neighbourhood (through the model's
 * render context, never the graph), click selects a node or an edge, a click on the background clears
 * the selection, double click expands a node, and nodes can be dragged (the new position is cached).
 */
import type { MouseCoords, SigmaEvents } from "sigma/types";

import type { ExplorerModel } from "../model.js";
import type { ExplorerSigma } from "../render/renderer.js";

export interface InteractionHandlers {
  onExpand(node: string): void;
  onNodesMoved(): void;
}

export function bindInteraction(sigma: ExplorerSigma, model: ExplorerModel, handlers: InteractionHandlers): () => void {
  const { store, graph } = model;
  const container = sigma.getContainer();
  let dragged: string | null = null;
  let moved = false;
  let suppressClick = false;

  const handlersBySigmaEvent: Partial<SigmaEvents> = {
    enterNode: ({ node }) => {
      model.setHovered(node);
      container.style.cursor = "pointer";
    },
    leaveNode: () => {
      model.setHovered(null);
      container.style.cursor = "";
    },
    enterEdge: () => {
      container.style.cursor = "pointer";
    },
    leaveEdge: () => {
      container.style.cursor = "";
    },
    clickNode: ({ node }) => {
      if (!suppressClick) store.set({ selection: { kind: "node", id: node } });
    },
    clickEdge: ({ edge }) => {
      store.set({ selection: { kind: "edge", id: edge } });
    },
    clickStage: () => {
      if (!suppressClick && store.get().selection) store.set({ selection: null });
    },
    doubleClickNode: (payload) => {
      payload.preventSigmaDefault();
      handlers.onExpand(payload.node);
    },
    // Dragging: freeze the bounding box so the camera does not rescale while a node moves.
    downNode: ({ node }) => {
      dragged = node;
      moved = false;
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    },
  };
  const entries = Object.entries(handlersBySigmaEvent) as [keyof SigmaEvents, SigmaEvents[keyof SigmaEvents]][];
  for (const [event, handler] of entries) sigma.on(event, handler);

  const captor = sigma.getMouseCaptor();
  const onMove = (event: MouseCoords) => {
    if (!dragged) return;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  };
  const onUp = () => {
    if (dragged && moved) {
      suppressClick = true;
      window.setTimeout(() => (suppressClick = false), 0);
      handlers.onNodesMoved();
    }
    dragged = null;
    moved = false;
  };
  captor.on("mousemovebody", onMove);
  captor.on("mouseup", onUp);

  return () => {
    captor.off("mousemovebody", onMove);
    captor.off("mouseup", onUp);
    for (const [event, handler] of entries) sigma.off(event, handler);
  };
}
