// The Stage graph screen's keys in its view mode (the fields have their own): / another file, t target.
import { useBindings } from '../keys';
import { useNav } from '../nav';

export function useGraphInput(active: boolean, { editPath, openTarget }: { editPath: () => void; openTarget: () => void }) {
  const nav = useNav();
  useBindings(
    'graph',
    'view',
    {
      file: () => {
        nav.capture(true);
        editPath();
      },
      target: openTarget,
    },
    active,
  );
}
