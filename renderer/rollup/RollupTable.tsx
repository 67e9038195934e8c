// The roll-up on screen: one row per unit (status, sign-off, the five required items, findings, on time),
// then the expected units without a usable report (nothing received, or what came and why it is not used) and
// the files that could not be used, each with its reason.
import { useTranslation } from 'react-i18next';
import { REQUIREMENTS } from '../../core/model';
import type { RollupMessage, RollupResult } from '../../core/rollup-schema';

export function RollupTable({ result }: { result: RollupResult }) {
  const { t } = useTranslation('rollup');
  // Reasons name their namespace (errors:…, rollup:…) and take parameters known only at run time.
  const message = (m: RollupMessage) => (t as unknown as (key: string, params: object) => string)(m.key, m.params);
  const yesNo = (v: boolean | null) => (v === null ? t('unknown') : v ? t('yes') : t('no'));
  return (
    <>
      <div className="table-scroll">
        <table className="report-table rollup-table">
          <thead>
            <tr>
              <th scope="col">{t('column.unit')}</th>
              <th scope="col">{t('column.year')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.signedOff')}</th>
              <th scope="col">{t('column.signer')}</th>
              {REQUIREMENTS.map((r) => (
                <th scope="col" key={r}>
                  {t(`requirement.${r}`)}
                </th>
              ))}
              <th scope="col">{t('column.findings')}</th>
              <th scope="col">{t('column.deadlineMet')}</th>
              <th scope="col">{t('column.duplicates')}</th>
            </tr>
          </thead>
          <tbody>
            {result.units.map((u) => (
              <tr key={`${u.unit}\n${u.year}`}>
                <th scope="row">{u.unit}</th>
                <td>{u.year}</td>
                <td>{t(`status.${u.status}` as 'status.draft')}</td>
                <td>{yesNo(u.signedOff)}</td>
                <td>{u.signer}</td>
                {REQUIREMENTS.map((r) => (
                  <td key={r}>{u.covers.includes(r) ? t('covered') : ''}</td>
                ))}
                <td>{u.findings}</td>
                <td>{yesNo(u.deadlineMet)}</td>
                <td>{u.duplicates || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('page.missingHeading')}</h3>
      {result.missing === null ? (
        <p className="hint">{t('page.noExpected')}</p>
      ) : (
        <ul className="rollup-missing">
          {(result.absent ?? result.missing.map((unit) => ({ unit, state: 'nothing' as const, received: [] }))).map(
            (a) => (
              <li key={a.unit}>
                {t('page.absentLine', {
                  unit: a.unit,
                  situation: t(`absent.${a.state}`),
                  received: a.received
                    .map((r) => t('page.receivedLine', { file: r.file, reason: message(r.reason) }))
                    .join(t('warning.separator')),
                }).trim()}
              </li>
            ),
          )}
        </ul>
      )}
      {result.problems.length > 0 && (
        <>
          <h3>{t('page.problemsHeading')}</h3>
          <ul className="rollup-problems">
            {result.problems.map((p) => (
              <li key={`${p.category}\n${p.file}`}>
                {t('page.problemLine', {
                  file: p.file,
                  category: t(`category.${p.category}`),
                  reason: message(p.reason),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
