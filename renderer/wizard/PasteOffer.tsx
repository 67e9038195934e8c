// The offer under a paragraph box after a paste that carried structure (core/paste-structure.ts): numbered
// lines become the part's items in one undoable edit, a whole chapter or report goes to the outline import as a
// new report. The paste itself stays as pasted (one paragraph) until the user takes the offer; a bar, not a
// dialog, so typing goes on undisturbed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import type { Chapter, Language, Section } from '../../core/model';
import { pastedStructure, withPastedItems, type PastedStructure } from '../../core/paste-structure';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';
import { getAt, updateAt } from '../editing/paths';
import { plainPasteText } from '../editing/plain-paste';
import { useEditor } from './editor-context';

type Offer =
  | { index: number; raw: string; structure: NonNullable<PastedStructure> }
  | { index: number; made: number }
  | { index: number; failed: string };

/**
 * The offer of a paragraph list (`listPath`: a part's lead or closing paragraphs, or the preamble). Only a part's
 * lead paragraphs (`items`) offer items, since a part's items print after its lead and before its closing.
 */
export function usePasteOffer(listPath: DocPath, items: boolean, language: Language) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const onPasted = useCallback(
    (path: DocPath, raw: string) => {
      const structure = pastedStructure(raw, language);
      const index = Number(path.at(-1));
      setOffer(structure && (items || structure.kind === 'outline') ? { index, raw, structure } : null);
    },
    [language, items],
  );
  /** The bar under paragraph `index` of `count`; after the list when its paragraph is gone (all it held became items). */
  const bar = (index: number, count: number) =>
    offer && Math.min(offer.index, count) === index ? (
      <PasteOfferBar offer={offer} listPath={listPath} onDone={setOffer} />
    ) : null;
  return { onPasted, bar };
}

function PasteOfferBar({
  offer,
  listPath,
  onDone,
}: {
  offer: Offer;
  listPath: DocPath;
  onDone(next: Offer | null): void;
}) {
  const { t } = useTranslation();
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const { dispatch } = useEditor();
  const [busy, setBusy] = useState(false);
  const partPath = listPath.slice(0, -1);
  const made = 'made' in offer;

  const barRef = useRef<HTMLDivElement>(null);

  // The bar's undo takes back the last edit: once another edit may have come (typing, a shortcut such as
  // Ctrl+Z, a click elsewhere), it would take back that one instead, so the bar goes.
  useEffect(() => {
    if (!made) return;
    const events = ['input', 'keydown', 'click'] as const;
    const gone = (e: Event) => {
      if (e instanceof KeyboardEvent && !e.ctrlKey && !e.metaKey) return;
      if (e.type === 'click' && barRef.current?.contains(e.target as Node)) return;
      onDone(null);
    };
    for (const type of events) document.addEventListener(type, gone, true);
    return () => {
      for (const type of events) document.removeEventListener(type, gone, true);
    };
  }, [made, onDone]);

  const makeItems = (raw: string, structure: Extract<PastedStructure, { kind: 'items' }>) => {
    dispatch({
      type: 'update',
      update: (report) => {
        // The paste as it was joined into the paragraph gives way to the list's lead-in; typing around it stays.
        const current = String(getAt(report, [...listPath, offer.index]) ?? '');
        const joined = plainPasteText(raw);
        const at = current.indexOf(joined);
        if (at < 0) return report;
        const paragraph = current.slice(0, at) + structure.lead + current.slice(at + joined.length);
        return updateAt(report, partPath, (part) =>
          withPastedItems(part as Chapter | Section, offer.index, paragraph, structure),
        );
      },
    });
    onDone({ index: offer.index, made: structure.items.length });
  };

  const importOutline = async (raw: string) => {
    setBusy(true);
    try {
      const { report } = await api.importOutlineText(raw);
      // The app follows the hash (App.tsx): the new report opens in the wizard, this one saved on the way out.
      window.location.hash = `#/report/${report.id}`;
    } catch (err) {
      onDone({ index: offer.index, failed: errorText(te, err) });
    } finally {
      setBusy(false);
    }
  };

  const dismiss = (
    <button type="button" className="link-button" onClick={() => onDone(null)}>
      {t('pasteOffer.dismiss')}
    </button>
  );
  if ('failed' in offer)
    return (
      <div className="paste-offer alert alert-error" role="alert">
        <span>{offer.failed}</span>
        {dismiss}
      </div>
    );
  if ('made' in offer)
    return (
      <div className="paste-offer" role="status" ref={barRef}>
        <span>{t('pasteOffer.made', { count: offer.made })}</span>
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'undo' });
            onDone(null);
          }}
        >
          {t('pasteOffer.undo')}
        </button>
      </div>
    );
  const { structure, raw } = offer;
  return (
    <div className="paste-offer" role="status">
      {structure.kind === 'items' ? (
        <>
          <span>{t('pasteOffer.items', { count: structure.items.length })}</span>
          <button type="button" className="primary" onClick={() => makeItems(raw, structure)}>
            {t('pasteOffer.makeItems')}
          </button>
        </>
      ) : (
        <>
          <span>{t(`pasteOffer.${structure.scope}`)}</span>
          <button type="button" className="primary" disabled={busy} onClick={() => void importOutline(raw)}>
            {t('pasteOffer.importOutline')}
          </button>
        </>
      )}
      {dismiss}
    </div>
  );
}
