import { type KeyboardEvent, useRef } from "react";

export interface Tab<K extends string> {
  readonly id: K;
  readonly label: string;
  readonly count: number | undefined;
}

interface RaidTabsProps<K extends string> {
  readonly label: string;
  readonly tabs: readonly Tab<K>[];
  readonly selected: K;
  readonly select: (id: K) => void;
  /** The id of a tab's button, which its panel names as its label. */
  readonly tabId: (id: K) => string;
  readonly panelId: (id: K) => string;
}

/** A tablist as WAI-ARIA describes it: one tab stop, arrows and Home/End move and select. */
export function RaidTabs<K extends string>({
  label,
  tabs,
  selected,
  select,
  tabId,
  panelId,
}: RaidTabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(event: KeyboardEvent) {
    const at = tabs.findIndex((t) => t.id === selected);
    const to =
      event.key === "ArrowRight"
        ? (at + 1) % tabs.length
        : event.key === "ArrowLeft"
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? tabs.length - 1
              : undefined;
    const tab = to === undefined ? undefined : tabs[to];
    if (tab === undefined) return;
    event.preventDefault();
    select(tab.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(tab.id))}`)?.focus();
  }
  return (
    <div ref={list} className="raid-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          id={tabId(t.id)}
          type="button"
          role="tab"
          aria-selected={t.id === selected}
          // Only the selected tab's panel is in the page.
          aria-controls={t.id === selected ? panelId(t.id) : undefined}
          tabIndex={t.id === selected ? 0 : -1}
          onClick={() => select(t.id)}
        >
          {t.label}
          {t.count !== undefined && (
            <>
              {" "}
              <span className="tab-count">{t.count}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
