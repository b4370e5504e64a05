// A test-runner command the built-in emulateMedia lacks: Windows high contrast. Tests call
// `executeServerCommand('forced-colors', { active: true })`; the runner's Chromium page then
// matches `(forced-colors: active)` and forces system colours, as Windows does. The DevTools
// session stays open while the emulation is on: closing it would end the emulation.
export function forcedColorsCommand() {
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      const value = payload?.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value }],
      });
      if (!payload?.active) {
        await cdp.detach();
        sessions.delete(session.id);
      }
      return true;
    },
  };
}
