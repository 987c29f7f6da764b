import { useEffect, useState } from "react";

const SHOWN_MS = 8000;

/** A toast's message that goes by itself after a few seconds, so an old one never stands for the latest move. */
export function useNotice(): [string | undefined, (message: string | undefined) => void] {
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    if (notice === undefined) return;
    const timer = setTimeout(() => setNotice(undefined), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, setNotice];
}
