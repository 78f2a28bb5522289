// The home page: what HTFDS is, and a way in for each kind of reader.
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './index.module.css';

const AUDIENCES = [
  {
    title: 'Frontline organisations',
    to: '/docs/guides/frontline/',
    text: 'NGOs, helplines, shelters and police units: what to record about the money side of a case, with consent and safely, and how to fill in the templates.',
  },
  {
    title: 'Financial institutions and FIUs',
    to: '/docs/guides/financial-institutions/',
    text: 'How the red-flag indicators and typologies feed transaction monitoring, and what can lawfully be shared back with the organisations that reported.',
  },
  {
    title: 'Developers',
    to: '/docs/guides/developers/',
    text: 'One npm package: TypeScript types, a fast validator, importers for the templates, an anonymiser and the htfds command line.',
  },
  {
    title: 'Contributors',
    to: '/docs/guides/contributing/',
    text: 'Propose a code, a field or an indicator; see what your change means for adopters before anyone merges it.',
  },
];

export default function Home() {
  const { siteConfig } = useDocusaurusContext();
  return (
    <Layout title="Human Trafficking Financial Data Standard" description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <h1 className={styles.title}>Human Trafficking Financial Data Standard</h1>
          <p className={styles.lead}>
            A shared way to record the financial side of human-trafficking and modern-slavery cases: how victims' money was controlled, which
            accounts and payments were used, how proceeds were laundered and which red flags were seen. Coded the same way by everyone, and
            marked for safe sharing, so that NGOs, police, banks and financial intelligence units can learn from each case.
          </p>
          <p className={styles.version}>
            {siteConfig.customFields.latestRelease
              ? `Version ${siteConfig.customFields.latestRelease}`
              : `Version ${siteConfig.customFields.version} (not released yet)`}
          </p>
          <div className={styles.actions}>
            <Link className="button button--secondary button--lg" to="/docs/">
              Start here
            </Link>
            <Link className="button button--secondary button--lg" to="/validator/">
              Check a file
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/reference/downloads/">
              Downloads
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className="row">
          {AUDIENCES.map((a) => (
            <div key={a.title} className="col col--3 margin-bottom--lg">
              <div className={`card ${styles.card}`}>
                <div className="card__header">
                  <h2 className={styles.cardTitle}>
                    <Link to={a.to}>{a.title}</Link>
                  </h2>
                </div>
                <div className="card__body">
                  <p>{a.text}</p>
                </div>
              </div>
            </div>
          ))}
        </div>
        <div className="row">
          <div className="col col--6">
            <h2>Built for sensitive data</h2>
            <p>
              Every data point carries its sensitivity and how it is anonymised; sharing profiles say what leaves an organisation, and the{' '}
              <Link to="/validator/">validator</Link> runs in your browser, so a case file is never uploaded anywhere.
            </p>
          </div>
          <div className="col col--6">
            <h2>Generated, not copied</h2>
            <p>
              The <Link to="/docs/reference/">reference</Link>, the templates, the code lists and the validators are all generated from one
              schema, so they always agree. Unknown is not no: every answer can say why it is missing.
            </p>
          </div>
        </div>
      </main>
    </Layout>
  );
}
