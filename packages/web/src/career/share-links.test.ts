import { describe, expect, it } from "vitest";
import { absoluteUrl, readShares, SHARES_KEY, writeShares } from "./share-links.js";

describe("share links kept in the browser", () => {
  it("round-trips the links and skips what it cannot read", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const link = {
      token: "kps_1",
      url: "http://x/shared/portfolio/kps_1",
      title: "Mine",
      createdAt: "2026-11-22T10:00:00Z",
    };
    writeShares(storage, [link]);
    expect(readShares(storage)).toEqual([link]);
    store.set(SHARES_KEY, JSON.stringify([link, { token: 1 }]));
    expect(readShares(storage)).toEqual([link]);
    store.set(SHARES_KEY, "nope");
    expect(readShares(storage)).toEqual([]);
  });

  it("makes a path the server answers into a link on this origin", () => {
    expect(absoluteUrl("/shared/portfolio/kps_1", "http://127.0.0.1:4600")).toBe(
      "http://127.0.0.1:4600/shared/portfolio/kps_1",
    );
    expect(absoluteUrl("https://keel.example/s/1", "http://127.0.0.1:4600")).toBe("https://keel.example/s/1");
  });
});
