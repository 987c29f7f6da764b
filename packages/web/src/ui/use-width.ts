import { type RefObject, useEffect, useState } from "react";

/** The element's content width, followed as it resizes; `initial` until it is measured. */
export function useWidth(ref: RefObject<HTMLElement | null>, initial = 480): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver(() => setWidth(Math.floor(element.clientWidth)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
