import { type AreaRag, ragLabel } from "@keel/engine";
import "./rag-pill.css";

/** A RAG level as a coloured pill that always says its level in words. */
export function RagPill({ rag, size }: { readonly rag: AreaRag; readonly size?: "sm" | "lg" }) {
  return (
    <span className={`rag-pill rag-${rag.toLowerCase()}${size === undefined ? "" : ` rag-pill-${size}`}`}>
      {ragLabel(rag)}
    </span>
  );
}
