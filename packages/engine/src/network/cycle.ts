/**
 * Finds one cycle among the nodes Kahn's algorithm could not order (indegree > 0) and returns it
 * in link direction as a closed walk `[a, b, …, a]`. Edges are grouped by target: node v's incoming
 * edges are `predStart[v]` to `predStart[v + 1]`.
 */
export function findCycle(indegree: Int32Array, predStart: Int32Array, eFrom: Int32Array): number[] {
  const n = indegree.length;
  // Every node left unordered has an unordered predecessor, so walking back through them must revisit one.
  let v = 0;
  while (v < n && indegree[v] === 0) v++;
  const seenAt = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  while (seenAt[v] === -1) {
    seenAt[v] = walk.length;
    walk.push(v);
    for (let k = predStart[v] as number; k < (predStart[v + 1] as number); k++) {
      const u = eFrom[k] as number;
      if ((indegree[u] as number) > 0) {
        v = u;
        break;
      }
    }
  }
  return [...walk.slice(seenAt[v]), v].reverse();
}
