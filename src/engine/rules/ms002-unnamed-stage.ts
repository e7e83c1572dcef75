import { defineRule, headSpan } from './util';

export default defineRule({
  id: 'MS002',
  name: 'unnamed-stage',
  severity: 'warning',
  fixable: false,
  check({ model }) {
    // In a single-stage file a name means nothing: nothing refers to it.
    if (model.stages.length < 2) return [];
    const last = model.stages.length - 1;
    return model.stages
      .filter((stage) => stage.name === null)
      .map((stage) => ({
        message:
          stage.index === last
            ? `the final stage #${stage.index} (FROM ${stage.from.args[0]?.value ?? '?'}) has no name: 'AS <name>' lets 'docker build --target' and readers find it`
            : `stage #${stage.index} (FROM ${stage.from.args[0]?.value ?? '?'}) has no name: add 'AS <name>'`,
        // Nothing can refer to the last stage by its index, so a missing name there is only a habit.
        ...(stage.index === last ? { severity: 'info' as const } : {}),
        span: headSpan(stage.from),
      }));
  },
});
