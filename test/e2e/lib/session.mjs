// One code-server session with our extension in it, shared by the e2e runner, the screenshots and the demo:
// a fresh profile, the extension (installed from a .vsix, or the repository as development extension),
// a copy of the workspace, and the server.
import { relative } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { ensureCodeServerInstalled, installExtension, prepareProfile, startCodeServer } from './codeServer.mjs';
import { examplesDir, harnessDir, repoRoot } from './paths.mjs';
import { formatBytes, packageExtension } from './vsix.mjs';
import { copyWorkspace, removeWorkspace } from './workspace.mjs';

const log = (message) => console.log(`[e2e] ${message}`);

/**
 * Starts a session. Options:
 *   mode: 'vsix' (package unless vsixFile is given, install, use the empty harness as development path)
 *         | 'dev' (the repository, or extensionPath, is the development extension; the caller builds it)
 *   harness: false (vsix mode) leaves out the empty development extension (the demo needs none)
 *   profileName, settings, env, port, workspaceSource (default examples/), inPlace (open it, no copy), onLog
 * Returns { server, profile, workspace, vsix, extensionDevelopmentPath, url(extra), stop() }.
 */
export async function startSession(options = {}) {
  const { mode = 'vsix', profileName = `session-${mode}`, settings, env = {}, port, onLog } = options;
  ensureCodeServerInstalled();
  const profile = prepareProfile(profileName, { settings });
  let vsix = options.vsixFile;
  let extensionDevelopmentPath;
  if (mode === 'dev') {
    extensionDevelopmentPath = options.extensionPath ?? repoRoot;
  } else {
    if (!vsix) {
      log('packaging the extension (production build + vsce)');
      const result = packageExtension({ quiet: true });
      vsix = result.vsix;
      log(`packaged ${relative(repoRoot, vsix)} (${formatBytes(result.bytes)}, ${result.entries.length} entries)`);
    }
    log(`installing ${relative(repoRoot, vsix)} into profile ${profileName}`);
    installExtension(profile, vsix);
    extensionDevelopmentPath = options.harness === false ? undefined : harnessDir;
  }
  // Tests and screenshots get a throwaway copy; the demo may open examples/ itself (inPlace).
  const inPlace = options.inPlace === true;
  const workspace = inPlace ? (options.workspaceSource ?? examplesDir) : copyWorkspace(options.workspaceSource ?? examplesDir);
  const cleanUp = () => {
    if (!inPlace) removeWorkspace(workspace);
  };
  let server;
  try {
    server = await startCodeServer(profile, {
      workspace, port, onLog,
      env: { APIGW_E2E: '1', APIGW_E2E_MODE: mode, APIGW_E2E_EXTENSIONS_DIR: profile.extensions, APIGW_E2E_REPO: repoRoot, ...env },
    });
  } catch (err) {
    cleanUp();
    throw err;
  }
  return {
    server, profile, workspace, vsix, extensionDevelopmentPath,
    /** The workbench URL for the workspace; `extra` may add extensionTestsPath. */
    url: (extra = {}) => workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath, ...extra }),
    async stop({ keep = false } = {}) {
      await server.stop();
      if (!keep) cleanUp();
    },
  };
}
