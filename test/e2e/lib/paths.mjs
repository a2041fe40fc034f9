// Where the end-to-end machinery keeps its things. Everything code-server, chromium and npm write during
// the e2e runs lives under `.vscode-test/` (gitignored), so a run never touches the user's home folder.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const vscodeTest = join(repoRoot, '.vscode-test');

export const CODE_SERVER_VERSION = '4.100.3';
export const codeServerPrefix = join(vscodeTest, 'code-server');
export const codeServerPackageDir = join(codeServerPrefix, 'node_modules', 'code-server');
export const codeServerBin = join(codeServerPackageDir, 'out', 'node', 'entry.js');
/** Written last by setup-e2e.mjs: its presence means the install finished and passed its smoke check. */
export const codeServerMarker = join(codeServerPrefix, `.installed-${CODE_SERVER_VERSION}`);

export const chromiumPath = process.env.APIGW_E2E_CHROMIUM || '/usr/bin/chromium';

/** The folders a code-server profile uses; `name` keeps runs of different kinds apart. */
export function profileDirs(name) {
  const root = join(vscodeTest, 'profiles', name);
  return {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    config: join(root, 'config.yaml'),
    xdgConfig: join(root, 'xdg', 'config'),
    xdgData: join(root, 'xdg', 'data'),
    xdgCache: join(root, 'xdg', 'cache'),
    xdgState: join(root, 'xdg', 'state'),
    tmp: join(root, 'tmp'),
  };
}

export const examplesDir = join(repoRoot, 'examples');
export const workspacesDir = join(vscodeTest, 'workspaces');
export const vsixDir = join(repoRoot, 'dist-vsix');
export const harnessDir = join(repoRoot, 'test', 'e2e', 'harness');
export const suiteEntry = join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');
export const screenshotsDir = join(repoRoot, 'docs', 'images');
export const EXTENSION_ID = 'apigw-tools.apigw-integrations';
