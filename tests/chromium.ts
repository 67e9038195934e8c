// Debian's Chromium as the browser tests and benchmarks start it: headless, and with none of its background
// connections (this machine has no network beyond the package registries).
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
