// The indicator catalogue with filters. The catalogue comes from the page (generated from the model), so each
// docs version filters its own catalogue. Every row is rendered on the server too: without JavaScript the page
// shows the whole catalogue.
import React, { useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

const ALL_TYPOLOGIES = 'ALL';

function titleOf(list, code) {
  return list.find((c) => c.code === code)?.title ?? code;
}

function Filter({ id, label, value, onChange, options }) {
  return (
    <label className={styles.filter} htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function IndicatorCatalogue({ catalogue }) {
  const [typology, setTypology] = useState('');
  const [category, setCategory] = useState('');
  const [subject, setSubject] = useState('');
  const [source, setSource] = useState('');
  const [verification, setVerification] = useState('');
  const [text, setText] = useState('');
  const [withdrawn, setWithdrawn] = useState(false);

  const shown = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return catalogue.indicators.filter(
      (i) =>
        (!typology || i.typologies.includes(typology) || i.typologies.includes(ALL_TYPOLOGIES)) &&
        (!category || i.category.includes(category)) &&
        (!subject || (i.subject ?? []).includes(subject)) &&
        (!source || i.source === source) &&
        (!verification || i.verification === verification) &&
        (withdrawn || i.status !== 'withdrawn') &&
        words.every((w) => `${i.id} ${i.title} ${i.paraphrase}`.toLowerCase().includes(w)),
    );
  }, [catalogue, typology, category, subject, source, verification, text, withdrawn]);

  const reset = () => {
    setTypology('');
    setCategory('');
    setSubject('');
    setSource('');
    setVerification('');
    setText('');
    setWithdrawn(false);
  };

  return (
    <div className={styles.catalogue}>
      <form className={styles.filters} onSubmit={(e) => e.preventDefault()} aria-label="Filter the indicators">
        <Filter
          id="filter-typology"
          label="Form of trafficking"
          value={typology}
          onChange={setTypology}
          options={catalogue.typologies.filter((t) => t.code !== ALL_TYPOLOGIES).map((t) => ({ value: t.code, label: t.title }))}
        />
        <Filter id="filter-category" label="Kind of red flag" value={category} onChange={setCategory} options={catalogue.categories.map((c) => ({ value: c.code, label: c.title }))} />
        {catalogue.subjects ? (
          <Filter id="filter-subject" label="Describes" value={subject} onChange={setSubject} options={catalogue.subjects.map((s) => ({ value: s.code, label: s.title }))} />
        ) : null}
        <Filter id="filter-source" label="Source" value={source} onChange={setSource} options={catalogue.sources.map((s) => ({ value: s.id, label: `${s.publisher} ${s.year} (${s.id})` }))} />
        <Filter
          id="filter-verification"
          label="Verification"
          value={verification}
          onChange={setVerification}
          options={catalogue.verificationLevels.map((v) => ({ value: v.code, label: v.title }))}
        />
        <label className={styles.filter} htmlFor="filter-text">
          <span>Words</span>
          <input id="filter-text" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. cash, wages" />
        </label>
        <label className={styles.check} htmlFor="filter-withdrawn">
          <input id="filter-withdrawn" type="checkbox" checked={withdrawn} onChange={(e) => setWithdrawn(e.target.checked)} />
          <span>Include withdrawn</span>
        </label>
        <button type="button" className="button button--secondary button--sm" onClick={reset}>
          Clear filters
        </button>
      </form>
      <p role="status" className={styles.count} data-testid="indicator-count">
        Showing {shown.length} of {catalogue.indicators.length} indicators
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>ID</th>
              <th>Indicator</th>
              <th>Kind</th>
              {catalogue.subjects ? <th>Describes</th> : null}
              <th>Forms of trafficking</th>
              <th>Source</th>
              <th>Verification</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id} id={i.id} data-indicator-id={i.id}>
                <td>
                  <code>{i.id}</code>
                </td>
                <td>
                  <strong>{i.title}</strong>
                  {i.newIn ? <span className="badge badge--success htfds-badge">new in {i.newIn}</span> : null}
                  {i.status === 'withdrawn' ? <span className="badge badge--warning htfds-badge">withdrawn</span> : null}
                  {i.verification === 'unverified' && i.status !== 'withdrawn' ? (
                    <span className="badge badge--danger htfds-badge" data-testid="unverified-badge" title="Nobody has yet found this indicator in its source: do not rely on it alone.">
                      unverified
                    </span>
                  ) : null}
                  {i.status === 'deprecated' ? (
                    <span className="badge badge--warning htfds-badge">
                      deprecated: use <a href={`#${i.replacedBy}`}>{i.replacedBy}</a>
                    </span>
                  ) : null}
                  <br />
                  {i.paraphrase}
                </td>
                <td>{i.category.map((c) => titleOf(catalogue.categories, c)).join(', ')}</td>
                {catalogue.subjects ? <td>{(i.subject ?? []).map((s) => titleOf(catalogue.subjects, s)).join(', ')}</td> : null}
                <td>{i.typologies.map((t) => titleOf(catalogue.typologies, t)).join(', ')}</td>
                <td>
                  <Link to={`../sources/#${catalogue.sources.find((s) => s.id === i.source)?.anchor ?? ''}`}>{i.source}</Link>
                  <br />
                  <small>{i.locator}</small>
                </td>
                <td>
                  {titleOf(catalogue.verificationLevels, i.verification)}
                  <br />
                  <small>{i.verificationNote}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
