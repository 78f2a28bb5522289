// "Fill in a case online". Not part of the versioned docs: it always uses the current version's form.
import React from 'react';
import Layout from '@theme/Layout';
import BrowserOnly from '@docusaurus/BrowserOnly';
import FillIn from '@site/src/components/FillIn';

export default function FillPage() {
  return (
    <Layout title="Fill in a case online" description="Fill in an HTFDS case report in your browser. Nothing is uploaded.">
      <main className="container margin-vert--lg">
        <h1>Fill in a case online</h1>
        <div className="alert alert--success margin-bottom--md" role="note">
          <strong>Your answers stay on this computer.</strong> The form runs in your browser. Your answers are kept in this browser as you go,
          so a reload or a closed tab loses nothing. When you send the form, the case is saved in this browser only, never uploaded; you can
          then check it, prepare it for sharing, or download it.
        </div>
        <p>
          The same questions as the mobile and paper forms. Questions appear when they apply; a list can be marked “there are none”; when you
          do not know an answer, choose why instead.
        </p>
        <BrowserOnly fallback={<p>Loading the form…</p>}>{() => <FillIn />}</BrowserOnly>
      </main>
    </Layout>
  );
}
