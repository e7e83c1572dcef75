// Facts are computed on first ask and kept for the model's lifetime: one cache per model.
import type { Stage, StageModel } from '../types';

const caches = new WeakMap<StageModel, Map<string, unknown>>();

function cacheOf(model: StageModel): Map<string, unknown> {
  let cache = caches.get(model);
  if (!cache) {
    cache = new Map();
    caches.set(model, cache);
  }
  return cache;
}

/** A whole-model fact, computed once. */
export function once<T>(model: StageModel, key: string, compute: () => T): T {
  const cache = cacheOf(model);
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** A per-stage fact, computed once per stage. */
export function perStage<T>(model: StageModel, stage: Stage, key: string, compute: () => T): T {
  const cache = cacheOf(model);
  let values = cache.get(key) as (T | undefined)[] | undefined;
  if (!values) {
    values = new Array(model.stages.length);
    cache.set(key, values);
  }
  const known = values[stage.index];
  if (known !== undefined) return known;
  const value = compute();
  values[stage.index] = value;
  return value;
}
