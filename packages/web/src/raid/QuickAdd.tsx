import { ISSUE_SEVERITIES, isLocalDate, type RiskScales } from "@keel/model";
import { type FormEvent, useId, useRef, useState } from "react";
import { api } from "../api/client.js";
import type { PlanWrite } from "../plan/use-plan-write.js";
import { levelOptions } from "./heat-grid.js";
import { OWNERS_LIST, PROVIDERS_LIST } from "./kind-views.js";
import { nextId } from "./next-id.js";
import { KINDS, type RaidKind, titleCase, withArticle } from "./raid-kinds.js";
import { itemsPath, localToday } from "./raid-queries.js";

const PROMPTS: Record<RaidKind, string> = {
  risk: "what might happen",
  assumption: "what the plan takes as true",
  issue: "what went wrong",
  dependency: "what another team must deliver",
};

interface QuickAddProps {
  readonly projectId: string;
  readonly kind: RaidKind;
  readonly taken: readonly string[];
  readonly scales: RiskScales;
  readonly write: PlanWrite;
  /** Told the new item's id once it is saved. */
  readonly added: (id: string) => void;
}

/**
 * A one-line form above a register: the name and the one or two fields an item cannot do without;
 * Enter adds it with the next free id (R1, R2…) and clears the name for the next one, while the other
 * fields stay for a run of similar items. The rest is edited in the table or the item's panel.
 */
export function QuickAdd({ projectId, kind, taken, scales, write, added }: QuickAddProps) {
  const id = useId();
  const info = KINDS[kind];
  const [error, setError] = useState<string>();
  // Ids sent and not yet in `taken`: the next item can be typed and added while one still saves.
  const pending = useRef(new Set<string>());
  const [saving, setSaving] = useState(0);
  const newId = nextId(info.prefix, [...taken, ...pending.current]);
  const middle = (n: number) => String(Math.ceil(n / 2));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const text = (key: string) => (data[key] ?? "").trim();
    const name = text("name");
    if (name === "") return setError(`Give the ${info.noun} a name.`);
    const optional = (key: string) => (text(key) === "" ? {} : { [key]: text(key) });
    let body: Record<string, unknown>;
    if (kind === "risk") body = { probability: Number(data.probability), impact: Number(data.impact) };
    else if (kind === "assumption") body = { ...optional("owner"), ...optional("validateBy") };
    // An issue's age counts from the day it was raised.
    else if (kind === "issue") body = { severity: data.severity, raised: localToday(), ...optional("owner") };
    else {
      if (text("provider") === "") return setError("Say who provides it: a team or a vendor.");
      if (!isLocalDate(text("needed"))) return setError("Say when the plan needs it.");
      body = { provider: text("provider"), needed: text("needed") };
    }
    const input = form.elements.namedItem("name") as HTMLInputElement;
    const itemId = newId;
    pending.current.add(itemId);
    input.value = "";
    setSaving((n) => n + 1);
    const refused = await write(() => api("POST", itemsPath(projectId, kind), { id: itemId, name, ...body }));
    pending.current.delete(itemId);
    setSaving((n) => n - 1);
    setError(refused);
    if (refused === undefined) added(itemId);
    else if (input.value === "") input.value = name;
  }

  const select = (
    name: string,
    label: string,
    options: readonly { value: string; label: string }[],
    initial: string,
  ) => (
    <label>
      {label}
      <select name={name} defaultValue={initial}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="quick-add" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`} className="visually-hidden">
        Add {withArticle(info.noun)}
      </h3>
      <span className="quick-id" title={`The new ${info.noun}'s id`}>
        {newId}
      </span>
      <label className="quick-name">
        <span className="visually-hidden">Name of the new {info.noun}</span>
        <input
          name="name"
          placeholder={`Add ${withArticle(info.noun)}: ${PROMPTS[kind]}…`}
          autoComplete="off"
          onChange={() => setError(undefined)}
        />
      </label>
      {kind === "risk" && (
        <>
          {select(
            "probability",
            "Probability",
            levelOptions(scales.probability),
            middle(scales.probability.length),
          )}
          {select("impact", "Impact", levelOptions(scales.impact), middle(scales.impact.length))}
        </>
      )}
      {kind === "assumption" && (
        <>
          <label>
            Owner
            <input name="owner" list={OWNERS_LIST} size={12} autoComplete="off" />
          </label>
          <label>
            Validate by
            <input name="validateBy" type="date" />
          </label>
        </>
      )}
      {kind === "issue" && (
        <>
          {select(
            "severity",
            "Severity",
            ISSUE_SEVERITIES.map((s) => ({ value: s, label: titleCase(s) })),
            "medium",
          )}
          <label>
            Owner
            <input name="owner" list={OWNERS_LIST} size={12} autoComplete="off" />
          </label>
        </>
      )}
      {kind === "dependency" && (
        <>
          <label>
            Provider
            <input name="provider" list={PROVIDERS_LIST} size={14} autoComplete="off" />
          </label>
          <label>
            Needed by
            <input name="needed" type="date" />
          </label>
        </>
      )}
      <button type="submit" className="btn btn-primary">
        {saving > 0 ? "Adding…" : `Add ${info.noun}`}
      </button>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
