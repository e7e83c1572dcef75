// useInput, but a handler whose screen has just stopped being active drops the key. Ink installs
// handlers in effects, so for a moment after a key that changes screens (Enter, a digit) the old
// screen's handler still hears keys typed or pasted right behind it; the render, though, has
// already happened, and that is what this ref reads.
import { useRef } from 'react';
import { useInput, type Key } from 'ink';

export function useKeys(handler: (input: string, key: Key) => void, options: { isActive?: boolean } = {}): void {
  const active = options.isActive ?? true;
  const live = useRef(active);
  live.current = active;
  useInput(
    (input, key) => {
      if (live.current) handler(input, key);
    },
    { isActive: active },
  );
}
