// Driving the code-server workbench like a person does, with the keyboard and the mouse, for screenshots
// and UI checks. Each method is one step and waits for the UI to show its result (never a fixed sleep,
// except for `settle`, which only lets animations finish before a screenshot).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { screenshotsDir } from './paths.mjs';

const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { timeoutMs = 30_000, screenshotsDir: dir } = {}) {
    this.page = page;
    this.timeoutMs = timeoutMs;
    /** Where `screenshot(name)` saves `<name>.png` (default docs/images/). */
    this.screenshotsDir = dir;
  }

  /** Loads `url` and waits until the workbench and the Explorer are up. */
  async load(url) {
    await this.page.goto(url);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await this.page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 60_000 });
    return this;
  }

  locator(selector) {
    return this.page.locator(selector);
  }

  /** Opens a workspace file by its relative path through Quick Open (Ctrl+P) and waits for its editor. */
  async openFile(relativePath) {
    const name = relativePath.split('/').pop();
    // A file written a moment ago may not be in Quick Open's file search yet: close it and ask again.
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      await this.quickInput(`${mod}+P`, relativePath);
      try {
        // Click the row itself: Enter would take whichever row has focus, and until the list has filtered
        // for what we typed that is the most recently opened file.
        await this.pickRow(name, { timeout: Math.min(3000, Math.max(1, deadline - Date.now())) });
        break;
      } catch (err) {
        if (Date.now() >= deadline) throw err;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: this.timeoutMs });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: this.timeoutMs });
    await this.focusEditor();
    return this;
  }

  /** Waits until the status bar shows the active editor's language, e.g. 'YAML'. */
  async waitForLanguage(name) {
    await this.page.locator('#status\\.editor\\.mode', { hasText: name }).waitFor({ timeout: this.timeoutMs });
    return this;
  }

  async focusEditor() {
    await this.page.locator('.editor-instance .monaco-editor textarea.inputarea, .editor-instance .monaco-editor .native-edit-context').first()
      .focus();
    return this;
  }

  /** Moves the cursor to `line`:`column` (1-based) with Go to Line (Ctrl+G). */
  async goTo(line, column = 1) {
    await this.focusEditor();
    await this.quickInput(`${mod}+G`, `${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: this.timeoutMs });
    await this.page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` })
      .waitFor({ timeout: this.timeoutMs });
    return this;
  }

  /** Scrolls the active editor by `lines` (negative: up) without moving the cursor (Ctrl+Down / Ctrl+Up). */
  async scrollLines(lines) {
    await this.focusEditor();
    for (let i = 0; i < Math.abs(lines); i++) await this.page.keyboard.press(lines > 0 ? `${mod}+ArrowDown` : `${mod}+ArrowUp`);
    return this;
  }

  /** Moves the cursor onto the first occurrence of `text` in the active editor (via Find), plus `offset` chars. */
  async goToText(text, { offset = 0 } = {}) {
    await this.focusEditor();
    await this.page.keyboard.press(`${mod}+F`);
    const find = this.page.locator('.find-widget.visible textarea, .find-widget.visible input').first();
    await find.waitFor({ timeout: this.timeoutMs });
    await find.fill(text);
    await this.page.locator('.find-widget.visible .matchesCount', { hasNotText: 'No results' }).waitFor({ timeout: this.timeoutMs });
    await this.page.keyboard.press('Escape'); // closes Find, leaves the match selected
    await this.page.keyboard.press('ArrowLeft'); // cursor at the match start
    for (let i = 0; i < offset; i++) await this.page.keyboard.press('ArrowRight');
    return this;
  }

  /**
   * Shows the hover at the cursor (Ctrl+K Ctrl+I) and waits for one containing `hasText`, if given. Asks again
   * a few times, as a person would, while a just-started language server has no answer yet.
   */
  async hover({ hasText } = {}) {
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', hasText ? { hasText } : {}).first();
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      await this.page.keyboard.press(`${mod}+K`);
      await this.page.keyboard.press(`${mod}+I`);
      try {
        await hover.waitFor({ state: 'visible', timeout: Math.min(3000, Math.max(1, deadline - Date.now())) });
        return hover;
      } catch (err) {
        if (Date.now() >= deadline) throw err;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Opens the suggest list (Ctrl+Space) and waits for a row containing `hasText`, if given. */
  async suggest({ hasText } = {}) {
    await this.page.keyboard.press(`${mod}+Space`);
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ timeout: this.timeoutMs });
    if (hasText) {
      await widget.locator('.monaco-list-row', { hasText }).first().waitFor({ timeout: this.timeoutMs });
    } else {
      await widget.locator('.monaco-list-row').first().waitFor({ timeout: this.timeoutMs });
    }
    return widget;
  }

  /** Opens the quick fix menu at the cursor (Ctrl+.) and waits for an action containing `hasText`, if given. */
  async quickFixMenu({ hasText } = {}) {
    await this.page.keyboard.press(`${mod}+.`);
    const menu = this.page.locator('.action-widget');
    await menu.locator('.monaco-list-row', hasText ? { hasText } : {}).first().waitFor({ timeout: this.timeoutMs });
    return menu;
  }

  /** Types text at the cursor, as a person would. */
  async type(text) {
    await this.page.keyboard.type(text);
    return this;
  }

  async press(keys) {
    for (const key of keys.split(' ')) await this.page.keyboard.press(key);
    return this;
  }

  /** Runs a command from the palette (F1) by its full label, e.g. 'View: Toggle Word Wrap' (matched exactly). */
  async runCommand(title) {
    await this.quickInput('F1', title);
    await this.pickRow(title);
    return this;
  }

  /** Clicks the quick input row labelled exactly `label` and waits for the quick input to close. */
  async pickRow(label, { timeout = this.timeoutMs } = {}) {
    const row = this.page.locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) })
      .first();
    await row.waitFor({ timeout });
    await row.click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: this.timeoutMs });
    return this;
  }

  /** Opens a view by its name through 'View: Open View' (e.g. 'Problems', 'Outline', 'Integrations'). */
  async openView(name) {
    await this.quickInput(`${mod}+P`, `view ${name}`); // Quick Open's 'view ' prefix is 'View: Open View'
    await this.pickRow(name);
    return this;
  }

  /** Collapses a section of the side bar (e.g. the Explorer's folder section 'examples') if it is expanded. */
  async collapseSection(title) {
    const header = this.page.locator('.part.sidebar .pane-header', { hasText: title }).first();
    await header.waitFor({ timeout: this.timeoutMs });
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    return this;
  }

  /** Expands a section of the side bar if it is collapsed. */
  async expandSection(title) {
    const header = this.page.locator('.part.sidebar .pane-header', { hasText: title }).first();
    await header.waitFor({ timeout: this.timeoutMs });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    return this;
  }

  /** The side bar's width in pixels (to restore it after resizeSideBar). */
  async sideBarWidth() {
    return (await this.page.locator('.part.sidebar').boundingBox())?.width ?? 0;
  }

  /** Drags the side bar's edge so the side bar is `width` pixels wide. */
  async resizeSideBar(width) {
    const box = await this.page.locator('.part.sidebar').boundingBox();
    if (!box) throw new Error('the side bar is not visible');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width - 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 5 });
    await this.page.mouse.up();
    await this.page.mouse.move(box.x + width + 300, y); // off the sash, so it is not drawn highlighted
    return this;
  }

  /** Opens the Problems panel and waits until it lists at least `minCount` problems. */
  async showProblems({ minCount = 1 } = {}) {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.nth(Math.max(0, minCount - 1)).waitFor({ timeout: this.timeoutMs });
    return rows;
  }

  /**
   * Waits for squiggles of a severity ('error' | 'warning' | 'info') in the active editor. Only lines in
   * view are rendered, so move there first (goTo).
   */
  async waitForSquiggles(severity = 'error') {
    await this.page.locator(`.editor-instance .monaco-editor .squiggly-${severity}`).first()
      .waitFor({ state: 'attached', timeout: this.timeoutMs });
    return this;
  }

  /** Waits for a notification toast containing `text`. */
  async waitForNotification(text) {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await toast.waitFor({ timeout: this.timeoutMs });
    return toast;
  }

  /** Closes widgets and quick inputs (Escape twice). */
  async dismiss() {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
    return this;
  }

  /** Lets fades and cursor blinks finish so screenshots are stable. */
  async settle(ms = 400) {
    await this.page.waitForTimeout(ms);
    return this;
  }

  /**
   * Saves a PNG to docs/images/<name>.png (or an absolute path): the whole window, or one element when
   * `locator` is given. Returns the path.
   */
  async screenshot(name, { locator, dir = this.screenshotsDir ?? screenshotsDir } = {}) {
    const path = name.startsWith('/') ? name : join(dir, `${name}.png`);
    mkdirSync(dirname(path), { recursive: true });
    await this.settle();
    if (locator) await locator.screenshot({ path });
    else await this.page.screenshot({ path });
    return path;
  }

  /** Opens a quick input with `keys` and types `text` into it. */
  async quickInput(keys, text) {
    await this.page.keyboard.press(keys);
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: this.timeoutMs });
    if (text) await this.page.keyboard.type(text);
    return input;
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
