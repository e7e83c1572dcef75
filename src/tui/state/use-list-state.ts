// A list's selection and a long text's scroll position as pure moves: the actions of the key table
// (down, up, pageDown, pageUp, first, last) applied to a number. Tested without Ink.

/** Where the selection goes for a move action of the key table. */
export function moveSelection(selected: number, action: string, count: number, page: number): number {
  const last = count - 1;
  const to =
    action === 'down'
      ? selected + 1
      : action === 'up'
        ? selected - 1
        : action === 'pageDown'
          ? selected + page
          : action === 'pageUp'
            ? selected - page
            : action === 'first'
              ? 0
              : action === 'last'
                ? last
                : selected;
  return Math.max(0, Math.min(last, to));
}

export function clampOffset(offset: number, lineCount: number, height: number): number {
  return Math.max(0, Math.min(offset, lineCount - height));
}

/** The new first line shown for a scroll action. */
export function scrollBy(offset: number, action: string, lineCount: number, height: number): number {
  const page = Math.max(1, height - 1);
  const to =
    action === 'down'
      ? offset + 1
      : action === 'up'
        ? offset - 1
        : action === 'pageDown'
          ? offset + page
          : action === 'pageUp'
            ? offset - page
            : action === 'first'
              ? 0
              : action === 'last'
                ? lineCount
                : offset;
  return clampOffset(to, lineCount, height);
}
