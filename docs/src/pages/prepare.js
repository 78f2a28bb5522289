// "Prepare a case for sharing". Not part of the versioned docs: it always uses the current version.
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Prepare from '@site/src/components/Prepare';

export default function PreparePage() {
  return (
    <Layout title="Prepare a case for sharing" description="Check a case, anonymise it under a sharing profile and download the file to share, in your browser. Nothing is uploaded.">
      <main className="container margin-vert--lg">
        <h1>Prepare a case for sharing</h1>
        <div className="alert alert--success margin-bottom--md" role="note">
          <strong>Your data stays on this computer.</strong> Your case and your group’s key are read by your browser and never uploaded, stored
          or sent anywhere. Once this page has opened, it keeps working without the internet. Only if you ask it to (step 6) does it send
          the prepared case, never the original and never the key, to your group’s hub.
        </div>
        <p>
          Five steps: choose your filled workbook (or a case file) and fix anything the check finds; choose who will receive the case; choose
          your group’s key file; look at what will be shared and what is removed; download the file to send. If your group runs a sharing hub, a sixth step sends the prepared case to it, with your organisation’s user name and password. This page does what{' '}
          <code>htfds anonymise</code> does on a command line, and gives the same file. To only check a file, use the{' '}
          <Link to="/validator/">validator</Link>; to learn what each profile keeps, read <Link to="/docs/guides/frontline/anonymisation/">anonymisation</Link>.
        </p>
        <Prepare />
      </main>
    </Layout>
  );
}
