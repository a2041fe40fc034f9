// One code-server session with our extension in it, shared by the e2e runner, the screenshots and the demo:
// a fresh profile, the extension (installed from a .vsix, or the repository as development extension),
// a copy of the workspace, and the server.
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { ensureCodeServerInstalled, installExtension, prepareProfile, startCodeServer } from './codeServer.mjs';
import { examplesDir, harnessDir, repoRoot, vscodeTest } from './paths.mjs';
import { formatBytes, packageExtension } from './vsix.mjs';
import { copyWorkspace, removeWorkspace } from './workspace.mjs';

const log = (message) => console.log(`[e2e] ${message}`);

/**
 * Starts a session. Options:
 *   mode: 'vsix' (package unless vsixFile is given, install, use the empty harness as development path)
 *         | 'dev' (the repository, or extensionPath, is the development extension; the caller builds it)
 *   harness: false (vsix mode) leaves out the empty development extension (the demo needs none)
 *   vsixOutDir: where a packaged .vsix goes (default: a folder of this session's own, removed by stop())
 *   profileName, settings, env, port, workspaceSource (default examples/), inPlace (open it, no copy), onLog
 * Every session gets its own profile (`<profileName>-<pid>`), so runs in parallel in one working tree (two
 * engineers' `npm test`) do not wipe each other's; stop() removes it unless asked to keep it.
 * Returns { server, profile, workspace, vsix, extensionDevelopmentPath, url(extra), stop({ keep }) }.
 */
export async function startSession(options = {}) {
  const { mode = 'vsix', profileName = `session-${mode}`, settings, env = {}, port, onLog } = options;
  ensureCodeServerInstalled();
  const profile = prepareProfile(`${profileName}-${process.pid}`, { settings });
  const privateVsixDir = join(vscodeTest, 'vsix', String(process.pid));
  // Tests and screenshots get a throwaway copy; the demo may open examples/ itself (inPlace).
  const inPlace = options.inPlace === true;
  let workspace;
  const removeOwnFiles = () => {
    if (workspace && !inPlace) removeWorkspace(workspace);
    rmSync(profile.root, { recursive: true, force: true });
    rmSync(privateVsixDir, { recursive: true, force: true });
  };
  let vsix = options.vsixFile;
  let extensionDevelopmentPath;
  let server;
  try {
    if (mode === 'dev') {
      extensionDevelopmentPath = options.extensionPath ?? repoRoot;
    } else {
      if (!vsix) {
        log('packaging the extension (production build + vsce)');
        const result = packageExtension({ quiet: true, outDir: options.vsixOutDir ?? privateVsixDir });
        vsix = result.vsix;
        log(`packaged ${relative(repoRoot, vsix)} (${formatBytes(result.bytes)}, ${result.entries.length} entries)`);
      }
      log(`installing ${relative(repoRoot, vsix)} into profile ${relative(repoRoot, profile.root)}`);
      installExtension(profile, vsix);
      extensionDevelopmentPath = options.harness === false ? undefined : harnessDir;
    }
    workspace = inPlace ? (options.workspaceSource ?? examplesDir) : copyWorkspace(options.workspaceSource ?? examplesDir);
    server = await startCodeServer(profile, {
      workspace, port, onLog,
      env: { APIGW_E2E: '1', APIGW_E2E_MODE: mode, APIGW_E2E_EXTENSIONS_DIR: profile.extensions, APIGW_E2E_REPO: repoRoot, ...env },
    });
  } catch (err) {
    removeOwnFiles();
    throw err;
  }
  return {
    server, profile, workspace, vsix, extensionDevelopmentPath,
    /** The workbench URL for the workspace; `extra` may add extensionTestsPath. */
    url: (extra = {}) => workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath, ...extra }),
    async stop({ keep = false } = {}) {
      await server.stop();
      if (!keep) removeOwnFiles();
    },
  };
}
