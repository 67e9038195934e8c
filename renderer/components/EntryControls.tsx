// Move up / move down / remove for one entry of a list (paragraph, item, section, chapter, indicator).
// Alt+Shift+↑/↓ anywhere inside the entry moves it too; focus stays on what had it.
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent, ReactNode } from 'react';
import type { DocPath } from '../../core/document';
import { pathKey } from '../editing/paths';
import { fieldId, useEditor } from '../wizard/editor-context';

interface Props {
  listPath: DocPath;
  index: number;
  count: number;
  /** What the entry is, for the buttons' accessible names ("Move item 2 up"). */
  name: string;
}

function keepFocus(move: () => void) {
  const active = document.activeElement as HTMLElement | null;
  move();
  requestAnimationFrame(() => {
    if (active?.isConnected && document.activeElement !== active) active.focus();
  });
}

/** One icon button of an entry; its label is both the accessible name and the tooltip. */
function EntryButton(props: {
  entryKey: string;
  action: 'up' | 'down' | 'remove';
  label: string;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.action === 'remove' ? 'icon-button danger' : 'icon-button'}
      data-entry={props.entryKey}
      data-action={props.action}
      disabled={props.disabled}
      onClick={props.onClick}
      aria-label={props.label}
      title={props.label}
    >
      {props.children}
    </button>
  );
}

export function EntryControls({ listPath, index, count, name }: Props) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const entryKey = pathKey([...listPath, index]);
  const move = (to: number) => keepFocus(() => dispatch({ type: 'move', path: listPath, from: index, to }));
  return (
    <div className="entry-controls">
      <EntryButton
        entryKey={entryKey}
        action="up"
        label={t('entry.moveUp', { name })}
        disabled={index === 0}
        onClick={() => move(index - 1)}
      >
        ↑
      </EntryButton>
      <EntryButton
        entryKey={entryKey}
        action="down"
        label={t('entry.moveDown', { name })}
        disabled={index === count - 1}
        onClick={() => move(index + 1)}
      >
        ↓
      </EntryButton>
      <EntryButton
        entryKey={entryKey}
        action="remove"
        label={t('entry.remove', { name })}
        onClick={() => dispatch({ type: 'remove', path: listPath, index })}
      >
        ×
      </EntryButton>
    </div>
  );
}

/**
 * An entry's name as a label of its own ("Section “（一）”"): names are written to sit inside sentences
 * ("Move section “（一）” up"), so a label starts with a capital. Chinese has no case and is left as it is.
 */
export const asLabel = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** The frame of one list entry: its content, its controls, and the keyboard moves. */
export function Entry({
  listPath,
  index,
  count,
  name,
  id,
  children,
  className,
}: Props & { id: string; children: ReactNode; className?: string }) {
  const { dispatch } = useEditor();
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || !e.shiftKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    e.stopPropagation();
    const to = e.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    keepFocus(() => dispatch({ type: 'move', path: listPath, from: index, to }));
  };
  return (
    <section
      className={`entry ${className ?? ''}`}
      id={id}
      tabIndex={-1}
      aria-label={asLabel(name)}
      onKeyDown={onKeyDown}
    >
      <div className="entry-head">
        <span className="entry-name">{asLabel(name)}</span>
        <EntryControls listPath={listPath} index={index} count={count} name={name} />
      </div>
      {children}
    </section>
  );
}

/** Adds an entry at the end of a list and puts the cursor into its first field. */
export function AddButton({
  listPath,
  length,
  create,
  children,
  small,
}: {
  listPath: DocPath;
  length: number;
  create(): unknown;
  children: ReactNode;
  small?: boolean;
}) {
  const { dispatch } = useEditor();
  const add = () => {
    dispatch({ type: 'insert', path: listPath, index: length, value: create() });
    requestAnimationFrame(() => {
      const entry =
        document.getElementById(fieldId([...listPath, length, 'entry'])) ??
        document.getElementById(fieldId([...listPath, length]));
      const field = entry?.matches('input, textarea')
        ? entry
        : entry?.querySelector<HTMLElement>('input, textarea, select');
      field?.focus();
    });
  };
  return (
    <button
      type="button"
      className={small ? 'add-button small' : 'add-button'}
      data-add={pathKey(listPath)}
      onClick={add}
    >
      {children}
    </button>
  );
}
