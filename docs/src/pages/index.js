import React from 'react';
import Layout from '@theme/Layout';
export default function Home() {
  return <Layout title="Home"><main className="container margin-vert--lg"><h1>HTFDS</h1></main></Layout>;
}
