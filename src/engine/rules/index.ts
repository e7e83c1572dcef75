// The rule catalogue, in ID order. Add a rule: write its module, list it here.
import type { Rule } from '../rule';
import ms000 from './ms000-invalid-dockerfile';
import ms001 from './ms001-missing-syntax-directive';
import ms002 from './ms002-unnamed-stage';
import ms003 from './ms003-numeric-stage-reference';
import ms004 from './ms004-stage-name-casing';
import ms005 from './ms005-duplicate-stage-name';
import ms006 from './ms006-invalid-stage-reference';
import ms007 from './ms007-unknown-stage-reference';
import ms008 from './ms008-build-tools-in-final-stage';
import ms009 from './ms009-build-in-final-stage';
import ms010 from './ms010-copy-entire-stage';
import ms011 from './ms011-heavy-final-base';
import ms012 from './ms012-single-stage-build';
import ms013 from './ms013-dev-dependencies-in-final';
import ms014 from './ms014-unpinned-image';
import ms015 from './ms015-final-stage-runs-as-root';
import ms016 from './ms016-from-as-casing';
import ms017 from './ms017-reserved-stage-name';
import ms018 from './ms018-undeclared-platform-arg';
import ms019 from './ms019-cgo-binary-on-scratch';
import ms020 from './ms020-debug-stage-is-default';
import ms021 from './ms021-dependencies-after-source';
import ms022 from './ms022-relative-copy-from-path';
import ms023 from './ms023-end-of-life-base';
import ms024 from './ms024-global-arg-out-of-scope';
import ms025 from './ms025-copy-from-missing-path';
import ms100 from './ms100-expansion-too-large';
import ms101 from './ms101-no-shell';
import ms102 from './ms102-missing-user-tool';
import ms103 from './ms103-root-command-as-user';
import ms104 from './ms104-invalid-exec-form';
import ms105 from './ms105-apt-install-without-update';
import ms106 from './ms106-libc-mismatch';
import ms107 from './ms107-package-not-in-release';
import ms108 from './ms108-aot-without-linker';
import ms109 from './ms109-frontend-too-old';
import ms110 from './ms110-unwritable-workdir';
import ms111 from './ms111-useradd-group-exists';
import ms112 from './ms112-foreign-package-manager';
import ms113 from './ms113-healthcheck-cannot-run';
import ms114 from './ms114-pip-user-in-venv';
import ms115 from './ms115-xx-not-copied';

export const rules: Rule[] = [
  ms000,
  ms001,
  ms002,
  ms003,
  ms004,
  ms005,
  ms006,
  ms007,
  ms008,
  ms009,
  ms010,
  ms011,
  ms012,
  ms013,
  ms014,
  ms015,
  ms016,
  ms017,
  ms018,
  ms019,
  ms020,
  ms021,
  ms022,
  ms023,
  ms024,
  ms025,
  ms100,
  ms101,
  ms102,
  ms103,
  ms104,
  ms105,
  ms106,
  ms107,
  ms108,
  ms109,
  ms110,
  ms111,
  ms112,
  ms113,
  ms114,
  ms115,
];

export function ruleById(id: string): Rule | undefined {
  const key = id.trim().toUpperCase();
  return rules.find((r) => r.id === key);
}
