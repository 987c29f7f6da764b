import { useEffect, useRef } from "react";

/** An undo or redo step: what it would take back (or do again), if anything. */
interface HistoryStep {
  readonly label: string | undefined;
  readonly run: () => void;
}

interface EditToolbarProps {
  readonly undo: HistoryStep;
  readonly redo: HistoryStep;
  /** While an undo or redo is being saved. */
  readonly undoBusy: boolean;
  /** What the last undo or redo did, said for a few seconds where the hint is. */
  readonly stepped: string | undefined;
  readonly clearStepped: () => void;
  readonly hasSelection: boolean;
  readonly linksOpen: boolean;
  readonly insert: () => void;
  readonly requestDelete: () => void;
  readonly indent: () => void;
  readonly outdent: () => void;
  readonly toggleLinks: () => void;
  /** Opens the leveling dialog. */
  readonly level: () => void;
  /** Records the selected tasks as 100 % complete, with their actual dates. */
  readonly markComplete: () => void;
}

const STEPPED_FOR_MS = 6000;

const MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? "⌘" : "Ctrl+";

/** The outline commands for mouse users, naming the keys that do the same in the table. */
export function EditToolbar(props: EditToolbarProps) {
  const none = !props.hasSelection;
  const { stepped } = props;
  const clear = useRef(props.clearStepped);
  clear.current = props.clearStepped;
  useEffect(() => {
    if (stepped === undefined) return;
    const timer = setTimeout(() => clear.current(), STEPPED_FOR_MS);
    return () => clearTimeout(timer);
  }, [stepped]);
  const step = (name: "Undo" | "Redo", { label, run }: HistoryStep, keys: string, shortcut: string) => (
    <button
      type="button"
      className="btn"
      disabled={label === undefined || props.undoBusy}
      onClick={run}
      aria-keyshortcuts={keys}
      title={label === undefined ? `Nothing to ${name.toLowerCase()}` : `${name} ${label} (${shortcut})`}
    >
      {name}
    </button>
  );
  return (
    <div className="toolbar edit-toolbar" role="toolbar" aria-label="Edit tasks">
      {step("Undo", props.undo, "Control+Z Meta+Z", `${MOD}Z`)}
      {step("Redo", props.redo, "Control+Shift+Z Meta+Shift+Z Control+Y", MAC ? "⇧⌘Z" : "Ctrl+Shift+Z")}
      <span className="edit-toolbar-gap" aria-hidden="true" />
      <button type="button" className="btn" onClick={props.insert} aria-keyshortcuts="Insert" title="Insert">
        Insert task
      </button>
      <button
        type="button"
        className="btn"
        disabled={none}
        onClick={props.requestDelete}
        aria-keyshortcuts="Delete"
        title="Delete"
      >
        Delete
      </button>
      <button
        type="button"
        className="btn"
        disabled={none}
        onClick={props.outdent}
        aria-keyshortcuts="Alt+Shift+ArrowLeft"
        title="Alt+Shift+←"
      >
        Outdent
      </button>
      <button
        type="button"
        className="btn"
        disabled={none}
        onClick={props.indent}
        aria-keyshortcuts="Alt+Shift+ArrowRight"
        title="Alt+Shift+→"
      >
        Indent
      </button>
      <button
        type="button"
        className="btn"
        disabled={none}
        onClick={props.markComplete}
        title="100 % complete, with the scheduled start and finish as actual dates (no later than the status date)"
      >
        Mark complete
      </button>
      <button type="button" className="btn" aria-expanded={props.linksOpen} onClick={props.toggleLinks}>
        Links
      </button>
      <button
        type="button"
        className="btn"
        aria-haspopup="dialog"
        onClick={props.level}
        title="Move tasks so nobody is planned beyond their capacity"
      >
        Level…
      </button>
      {/* Always in the page, so screen readers hear what an undo or redo did. */}
      <span role="status" className="edit-toolbar-status">
        {stepped}
      </span>
      <span
        hidden={stepped !== undefined}
        className="muted edit-toolbar-hint"
        title="Drag a bar to move it (start no earlier than), its right end to resize it, the dot after it onto another bar to link them. On a selected task: Alt+← / Alt+→ move it a working day, Alt+= / Alt+- make it a day longer or shorter."
      >
        Drag bars to move, resize or link · Alt+←/→ · Alt+=/-
      </span>
    </div>
  );
}
