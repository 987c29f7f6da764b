import { useIsFetching, useIsMutating } from "@tanstack/react-query";
import { useEffect, useState } from "react";

const DELAY_MS = 300;

/** A thin bar at the top while anything has been loading or saving for more than 300 ms. */
export function Progress() {
  const busy = useIsFetching() + useIsMutating() > 0;
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!busy) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), DELAY_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return visible ? <div className="progress" role="progressbar" aria-label="Loading" /> : null;
}
