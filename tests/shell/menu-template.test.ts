import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { translator } from '../../core/i18n';
import type { Language } from '../../core/model';
import { createMenuTemplate, type MenuOptions } from '../../electron/shell/menu-template';

function options(developerTools = false): MenuOptions {
  return { developerTools, openDataFolder: vi.fn(), exportDiagnostics: vi.fn(), showAbout: vi.fn() };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byRole = (items: MenuItemConstructorOptions[], role: MenuItemConstructorOptions['role']) =>
  items.filter((item) => item.role === role && item.visible !== false);

describe.each<Language>(['zh-CN', 'en'])('application menu in %s', (language) => {
  const t = translator(language, 'shell');
  const template = createMenuTemplate(options(), t);
  const items = flatten(template);
  const labelled = items.filter((item) => item.type !== 'separator');

  it('has File, Edit, View and Help, in that order', () => {
    expect(template.map((menu) => menu.label)).toEqual([
      t('menu.file'),
      t('menu.edit'),
      t('menu.view'),
      t('menu.help'),
    ]);
  });

  it('labels every item through t, with no key left untranslated', () => {
    for (const item of labelled) {
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      expect(item.label).not.toMatch(/^(menu|dialog)\.|{{/);
      if (language === 'zh-CN') expect(item.label).toMatch(/[\u4e00-\u9fff]/);
      else expect(item.label).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives the usual accelerators', () => {
    const accelerator = (role: MenuItemConstructorOptions['role']) => byRole(items, role)[0]?.accelerator;
    expect(accelerator('undo')).toBe('CommandOrControl+Z');
    expect(accelerator('redo')).toBe('CommandOrControl+Y');
    expect(accelerator('cut')).toBe('CommandOrControl+X');
    expect(accelerator('copy')).toBe('CommandOrControl+C');
    expect(accelerator('paste')).toBe('CommandOrControl+V');
    expect(accelerator('selectAll')).toBe('CommandOrControl+A');
    expect(accelerator('zoomIn')).toBe('CommandOrControl+Plus');
    expect(accelerator('zoomOut')).toBe('CommandOrControl+-');
    expect(accelerator('resetZoom')).toBe('CommandOrControl+0');
    expect(accelerator('quit')).toBe('CommandOrControl+Q');
    const zoomKeys = items.filter((item) => item.role === 'zoomIn').map((item) => item.accelerator);
    expect(zoomKeys).toEqual(expect.arrayContaining(['CommandOrControl+=', 'CommandOrControl+numadd']));
  });

  it('never binds one key twice', () => {
    const keys = items.map((item) => item.accelerator).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves Ctrl+Z / Ctrl+Y to the page, which keeps its own undo history', () => {
    for (const role of ['undo', 'redo'] as const) expect(byRole(items, role)[0]?.registerAccelerator).toBe(false);
  });

  it('runs the Help actions', () => {
    const opts = options();
    const help = flatten(createMenuTemplate(opts, t));
    const click = (label: string) => (help.find((item) => item.label === label)!.click as () => void)();
    click(t('menu.openDataFolder'));
    click(t('menu.exportDiagnostics'));
    click(t('menu.about', { appName: t('appName') }));
    expect(opts.openDataFolder).toHaveBeenCalledTimes(1);
    expect(opts.exportDiagnostics).toHaveBeenCalledTimes(1);
    expect(opts.showAbout).toHaveBeenCalledTimes(1);
  });

  it('shows developer tools and reload only in development', () => {
    expect(byRole(items, 'toggleDevTools')).toHaveLength(0);
    expect(byRole(items, 'reload')).toHaveLength(0);
    const dev = flatten(createMenuTemplate(options(true), t));
    expect(byRole(dev, 'toggleDevTools')).toHaveLength(1);
    expect(byRole(dev, 'reload')).toHaveLength(1);
  });
});

it('the two languages label the same items differently', () => {
  const zh = flatten(createMenuTemplate(options(), translator('zh-CN', 'shell')));
  const en = flatten(createMenuTemplate(options(), translator('en', 'shell')));
  expect(zh.map((item) => item.role ?? item.type ?? 'click')).toEqual(
    en.map((item) => item.role ?? item.type ?? 'click'),
  );
  zh.forEach((item, i) => {
    if (item.label) expect(item.label).not.toBe(en[i]!.label);
  });
});
