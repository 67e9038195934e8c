// Review and export: every finding as a link to its field, the sign-off panel, versions and revised texts
// (renderer/signoff/), and the PDF export with progress, then open / show in folder / print.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import { languageOrDefault } from '../../core/i18n';
import type { ExportProgress } from '../../core/api';
import type { Report } from '../../core/model';
import type { Finding } from '../../core/validation-types';
import { useApi } from '../api/api-context';
import { RevisionImport } from '../signoff/RevisionImport';
import { SignOffPanel } from '../signoff/SignOffPanel';
import { SlipButton } from '../signoff/SlipButton';
import { VersionsPanel } from '../signoff/VersionsPanel';
import { IndicatorComparison } from '../yearly/IndicatorComparison';
import { PlanChecklist } from '../yearly/PlanChecklist';
import { PublicExport } from '../yearly/PublicExport';
import { StaleYearFixes } from '../yearly/StaleYearFixes';
import { DocxExportButton, DocxExportOutcome, useDocxExport } from './DocxExport';
import { ExportOutcome } from './ExportOutcome';
import { TakeStatedValue } from './TakeStatedValue';
import { useFileExport } from './useFileExport';

interface Props {
  report: Report;
  findings: Finding[];
  onGoTo(path: DocPath): void;
  /** Saves pending edits; the export reads the stored report. */
  flush(): Promise<void>;
}

export function ReviewStep({ report, findings, onGoTo, flush }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = languageOrDefault(i18n.language);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const docx = useDocxExport(report.id, flush);

  useEffect(() => api.onExportProgress(setProgress), [api]);

  const pdf = useFileExport(flush, () => api.exportPdf(report.id, {}));
  const { exporting } = pdf;
  const exportPdf = () => {
    setProgress(null);
    return pdf.run();
  };

  const percent = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="step-form review">
      <h2 className="step-title">{t('step.review')}</h2>
      <p className="summary" role="status">
        {errors.length || warnings.length
          ? t('review.summary', { errors: errors.length, warnings: warnings.length })
          : t('review.allClear')}
      </p>
      {findings.length > 0 && (
        <ul className="review-findings">
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`}>
              <button type="button" className="link-button" onClick={() => onGoTo(f.path)}>
                <span className="severity">{t(`review.${f.severity}`)}</span>
                {f.message[lang]}
              </button>
              <TakeStatedValue report={report} finding={f} />
            </li>
          ))}
        </ul>
      )}
      <StaleYearFixes report={report} onGoTo={onGoTo} />
      <PlanChecklist report={report} onGoTo={onGoTo} />
      <IndicatorComparison report={report} />
      <SignOffPanel report={report} flush={flush} />
      <h3 className="group-title">{t('review.exportTitle')}</h3>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void exportPdf()} disabled={exporting}>
          {exporting ? t('review.exporting') : t('review.exportPdf')}
        </button>
        <DocxExportButton state={docx} disabled={exporting} />
        <SlipButton reportId={report.id} flush={flush} />
      </div>
      {exporting && (
        <div className="progress-row">
          <progress max={100} value={percent} aria-label={t('review.progress')} />
          <span>{progress ? t(`review.phase.${progress.phase}`) : t('review.phase.layout')}</span>
        </div>
      )}
      <DocxExportOutcome state={docx} />
      <ExportOutcome
        state={pdf}
        print
        summary={(result) => (
          <>
            <p>{t('review.exported', { file: result.fileName, pages: result.pages })}</p>
            {result.missingCharacters.length > 0 && (
              <p className="alert alert-error">
                {t('review.missingCharacters', { chars: result.missingCharacters.map((m) => m.char).join(' ') })}
              </p>
            )}
          </>
        )}
      />
      <RevisionImport report={report} flush={flush} />
      <VersionsPanel report={report} flush={flush} />
      <PublicExport report={report} flush={flush} />
    </div>
  );
}
