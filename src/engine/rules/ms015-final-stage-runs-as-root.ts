import { chain, effectiveUser, rootImage } from '../query';
import { isExportStage } from '../facts/stages';
import { userName } from '../facts/users';
import type { Stage, StageModel } from '../types';
import { classifyImage, tagParts } from '../images';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS015',
  name: 'final-stage-runs-as-root',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    // A scratch stage that runs nothing is an export stage (`--output`): no process, no user.
    if (isExportStage(model, final)) return [];
    const user = effectiveUser(model, final);
    if (!user) {
      if (nonrootTag(model, final)) return [];
      return [{ message: noUserMessage(model, final), span: headSpan(final.from) }];
    }
    const name = userName(model, final, user);
    if (name !== null && name.toLowerCase() === 'containeradministrator') {
      return [
        {
          message: `the shipped stage's last USER is '${user.instruction.args.map((a) => a.value).join(' ')}', Windows's administrator in a container: switch back to 'USER ContainerUser' before the program starts`,
          span: user.instruction.span,
        },
      ];
    }
    if (name === null || (name !== '' && name !== 'root' && !/^0+$/.test(name))) return [];
    const written = user.instruction.args.map((a) => a.value).join(' ');
    if (name === '') {
      return [
        {
          message: `USER ${written} expands to nothing in the shipped stage (a global ARG is not seen after FROM unless the stage declares it again), so it runs as root`,
          span: user.instruction.span,
        },
      ];
    }
    return [
      {
        message: `the shipped stage's last USER is '${written}', whose user part is root whatever the group: switch to an unprivileged user or UID before the program starts`,
        span: user.instruction.span,
      },
    ];
  },
});

/** What runs as root without a USER: said as far as the engine knows the base image. */
function noUserMessage(model: StageModel, final: Stage): string {
  const head = `the shipped stage ${stageName(final)} sets no USER`;
  // Windows has no root: Server Core images start as ContainerAdministrator.
  const windows = windowsBase(model, final);
  if (windows) {
    return `${head}, so its program runs as ContainerAdministrator, the ${windows} image's administrator: add 'USER ContainerUser' unless the program needs administrator rights (IIS and SQL Server services do)`;
  }
  const image = rootImage(model, final);
  const kind = image ? classifyImage(image) : null;
  if (kind?.entrypointUser) {
    return `${head}, so the container starts as root: the ${image!.name} image's entrypoint then runs the server as ${kind.entrypointUser}, but it and anything run with docker exec are root; add 'USER ${kind.entrypointUser}' if nothing needs root at start`;
  }
  // An image nobody lists may set a USER of its own: the file cannot say.
  if (image && kind?.family === 'other' && !image.unresolved) {
    return `${head}, so its program runs as root unless '${image.resolved}' sets a USER of its own: add a USER with an unprivileged user or UID`;
  }
  // `FROM $BASE_IMAGE` with no default: the image comes with the build, and may set a USER.
  const root = chain(model, final).at(-1)!;
  if (root.base.kind === 'invalid' || (image && kind?.family === 'other')) {
    const written = image?.raw ?? root.from.args.find((a) => !a.value.startsWith('--'))?.value ?? 'the FROM';
    return `${head}, so its program runs as root unless the image '${written}' stands for sets a USER of its own: add a USER with an unprivileged user or UID, or make sure the images passed in run unprivileged`;
  }
  return `${head}, so its program runs as root: add a USER with an unprivileged user or UID`;
}

/** The Windows base of the stage's root image (`Server Core`), or null for a Linux image. */
function windowsBase(model: StageModel, stage: Stage): string | null {
  const image = rootImage(model, stage);
  const windows = image ? classifyImage(image).windows : null;
  return windows === 'servercore' ? 'Server Core' : windows === 'nanoserver' ? 'Nano Server' : null;
}

/**
 * Images whose default user is unprivileged: distroless-style `nonroot` tags, .NET `chiseled`
 * and distroless images (user app), nginx-unprivileged, Chainguard (but its -dev tags) and Bitnami images.
 */
function nonrootTag(model: StageModel, stage: Stage): boolean {
  const image = rootImage(model, stage);
  if (!image) return false;
  // The one image table says which images default to an unprivileged user.
  // .NET's distroless images set `USER $APP_UID` too (dotnet-docker's runtime-deps Dockerfiles).
  const dotnetDistroless = image.name.startsWith('mcr.microsoft.com/dotnet/') && tagParts(image.tag).includes('distroless');
  return tagParts(image.tag).includes('nonroot') || classifyImage(image).nonrootByDefault || dotnetDistroless;
}
