// The report's versions: the list (damaged history files named, never hidden), an earlier version opened
// read-only, "save a version" with a note, and any two versions (or the current text) compared.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import type { ReportDiff } from '../../core/version-diff';
import type { VersionList, VersionRef } from '../../core/version-types';
import { formatLocalDateTime } from '../../core/date-time';
import { languageOrDefault } from '../../core/i18n';
import { useApi, useStoreChanges } from '../api/api-context';
import { errorText } from '../app/error-text';
import { useOfficeTimeZone } from '../app/office-clock';
import { DiffView } from './DiffView';

interface Props {
  report: Report;
  flush(): Promise<void>;
}

const refOf = (value: string): VersionRef => (value === 'current' ? 'current' : Number(value));

export function VersionsPanel({ report, flush }: Props) {
  const { t, i18n } = useTranslation('signoff');
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const lang = languageOrDefault(i18n.language);
  const timeZone = useOfficeTimeZone();
  const [list, setList] = useState<VersionList>({ versions: [], problems: [] });
  const [viewing, setViewing] = useState<{ number: number; text: string } | null>(null);
  const [note, setNote] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const [diff, setDiff] = useState<ReportDiff | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  // Steps, saved versions and accepted revisions make versions: the list is read again after each change to the
  // store (store-writes.ts).
  const storeChanges = useStoreChanges();
  useEffect(() => {
    let live = true;
    api.listVersions(report.id).then(
      (next) => {
        if (!live) return;
        setList(next);
        setFrom((f) => f || String(next.versions.at(-1)?.number ?? ''));
      },
      (err: unknown) => live && setMessage({ kind: 'error', text: errorText(te, err) }),
    );
    return () => {
      live = false;
    };
  }, [api, report.id, te, storeChanges]);

  const run = async (task: () => Promise<void>) => {
    setMessage(null);
    try {
      await task();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(te, err) });
    }
  };

  const save = () =>
    run(async () => {
      await flush();
      const saved = await api.saveVersion(report.id, note);
      setNote('');
      setMessage({ kind: 'info', text: t('ui.versionSaved', { number: saved.number }) });
    });

  const view = (number: number) =>
    run(async () => {
      const opened = await api.openVersion(report.id, number);
      setViewing({ number, text: renderText(opened.report) });
    });

  const compare = () =>
    run(async () => {
      await flush();
      setDiff(await api.compareVersions(report.id, refOf(from), refOf(to)));
    });

  const options = [
    ...list.versions.map((v) => ({
      value: String(v.number),
      label: t('ui.versionLabel', {
        number: v.number,
        kind: t(`kind.${v.kind}`),
        time: formatLocalDateTime(v.createdAt, lang, timeZone),
      }),
    })),
    { value: 'current', label: t('ui.current') },
  ];

  return (
    <section className="versions-panel" aria-labelledby="versions-title">
      <h3 className="group-title" id="versions-title">
        {t('ui.versionsTitle')}
      </h3>
      {list.versions.length === 0 && list.problems.length === 0 && <p>{t('ui.noVersions')}</p>}
      <ul className="version-list">
        {list.versions.map((v) => (
          <li key={v.number}>
            <span>
              {t('ui.versionLabel', {
                number: v.number,
                kind: t(`kind.${v.kind}`),
                time: formatLocalDateTime(v.createdAt, lang, timeZone),
              })}
              {v.by && t('ui.versionBy', { by: v.by })}
              {v.note && ` · ${v.note}`}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => void view(v.number)}>
              {t('ui.view')}
            </button>
            {v.reviewNotes.length > 0 && (
              <ul className="review-notes">
                {v.reviewNotes.map((note, i) => (
                  <li key={i}>{t('ui.reviewNote', { author: note.author || t('ui.noAuthor'), text: note.text })}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {list.problems.map((p) => (
          <li key={`problem-${p.number}`} className="alert alert-error">
            {t('ui.damaged', { number: p.number })}
          </li>
        ))}
      </ul>
      {viewing && (
        <div className="version-view" aria-label={t('ui.viewing', { number: viewing.number })}>
          <div className="button-row">
            <strong>{t('ui.viewing', { number: viewing.number })}</strong>
            <button type="button" onClick={() => setViewing(null)}>
              {t('ui.closeView')}
            </button>
          </div>
          <div className="version-text">
            {viewing.text.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </div>
      )}
      <div className="button-row">
        <label>
          {t('ui.versionNote')}
          <input type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="button" onClick={() => void save()}>
          {t('ui.saveVersion')}
        </button>
      </div>
      <h4 className="group-title">{t('ui.compareTitle')}</h4>
      <div className="button-row">
        <VersionSelect label={t('ui.compareFrom')} value={from} options={options} onChange={setFrom} />
        <VersionSelect label={t('ui.compareTo')} value={to} options={options} onChange={setTo} />
        <button type="button" onClick={() => void compare()} disabled={!from}>
          {t('ui.compare')}
        </button>
      </div>
      {diff && <DiffView diff={diff} />}
      {message && (
        <p className={message.kind === 'error' ? 'alert alert-error' : 'alert'} role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}

function VersionSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
