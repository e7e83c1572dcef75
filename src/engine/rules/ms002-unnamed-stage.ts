import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS002',
  name: 'unnamed-stage',
  severity: 'warning',
  fixable: false,
  check({ model }) {
    return model.stages
      .filter((stage) => stage.name === null)
      .map((stage) => ({
        message: `stage #${stage.index} (FROM ${stage.from.args[0]?.value ?? '?'}) has no name: add 'AS <name>'`,
        span: headSpan(stage.from),
      }));
  },
});
