// The validator page. Not part of the versioned docs: it always checks against the current version.
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Validator from '@site/src/components/Validator';

export default function ValidatorPage() {
  return (
    <Layout title="Validator" description="Check HTFDS case reports in your browser. Nothing is uploaded.">
      <main className="container margin-vert--lg">
        <h1>Check your case reports</h1>
        <div className="alert alert--success margin-bottom--md" role="note">
          <strong>Your data stays on this computer.</strong> The file is read and checked by your browser; it is not uploaded, stored or sent
          anywhere. You can disconnect from the internet once this page has opened and it keeps working.
        </div>
        <p>
          The checks are those of <code>htfds validate</code>: the schema, then the rules beyond it (references that resolve, unique
          identifiers, dates in order, indicator IDs from the catalogue, deprecated fields and codes, no direct identifiers under TLP:CLEAR or
          TLP:GREEN). Each finding names the place (the field, and for spreadsheets the sheet, row and column) and says what to do; messages
          never repeat what the report contains.
        </p>
        <Validator />
        <p>
          Ready to share a case that passes? <Link to="/prepare/">Prepare it for sharing</Link>: the same page anonymises it under a sharing
          profile, in your browser.
        </p>
        <p>
          Need a file to try? The <Link to="/docs/reference/examples/">examples</Link> are valid reports. To check many files at once, or in
          an automated pipeline, use the <Link to="/docs/reference/cli/">command line</Link>.
        </p>
      </main>
    </Layout>
  );
}
