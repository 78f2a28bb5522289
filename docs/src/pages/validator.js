import React from 'react';
import Layout from '@theme/Layout';
export default function Validator() {
  return <Layout title="Validator"><main className="container margin-vert--lg"><h1>Validator</h1></main></Layout>;
}
